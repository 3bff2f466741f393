namespace TrainingSim.Storage;

/// <summary>What <c>db recover</c> copied (collection → documents) and what it could not (one line each).</summary>
public sealed record RecoveryResult(IReadOnlyDictionary<string, int> Copied, IReadOnlyList<string> Lost);
