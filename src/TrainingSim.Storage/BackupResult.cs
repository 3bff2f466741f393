namespace TrainingSim.Storage;

/// <summary>What <see cref="BackupWriter"/> copied (collection → documents) and what the check of the copy found.</summary>
public sealed record BackupResult(IReadOnlyDictionary<string, int> Documents, IReadOnlyList<string> Problems)
{
    public bool Verified => Problems.Count == 0;
}
