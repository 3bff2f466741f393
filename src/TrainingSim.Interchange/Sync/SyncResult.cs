using TrainingSim.Interchange.Export;

namespace TrainingSim.Interchange.Sync;

/// <summary>What one sync did.</summary>
/// <param name="Sent">Statements the LRS accepted (they left the outbox).</param>
/// <param name="Pulled">TrainingSim statements read from the LRS.</param>
/// <param name="Conflicts">Statements answered 409 (kept in the outbox).</param>
/// <param name="Refused">Statements answered another 4xx (kept in the outbox).</param>
/// <param name="Left">Statements still in the outbox at the end.</param>
/// <param name="Failure">Why the sync stopped early (the LRS unavailable after the retries, credentials refused).</param>
/// <param name="Merge">What merging the pulled statements changed, when they were merged.</param>
public sealed record SyncResult(
    int Sent, int Pulled, int Conflicts, int Refused, int Left, LrsAnswer? Failure, XapiImportBatch? PullBatch,
    XapiMergeResult? Merge, int PullProblems)
{
    public bool Clean => Failure is null && Conflicts == 0 && Refused == 0 && PullProblems == 0 && Merge is not { NotMerged.Count: > 0 } && Merge is not { Unstarted.Count: > 0 };
}
