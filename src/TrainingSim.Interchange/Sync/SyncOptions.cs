namespace TrainingSim.Interchange.Sync;

/// <summary>How a sync runs: statements per POST, statements per pulled page, how often a request that found the
/// LRS unavailable is tried again and how long it waits first (doubling each time, at most 10 s).</summary>
public sealed record SyncOptions
{
    public int BatchSize { get; init; } = 100;
    public int PageSize { get; init; } = 500;
    public int Retries { get; init; } = 4;
    public TimeSpan FirstBackoff { get; init; } = TimeSpan.FromSeconds(0.5);
    public bool Pull { get; init; } = true;

    internal TimeSpan Backoff(int attempt) =>
        TimeSpan.FromTicks(Math.Min(TimeSpan.FromSeconds(10).Ticks, FirstBackoff.Ticks << Math.Min(attempt, 20)));
}
