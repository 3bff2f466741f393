namespace TrainingSim.Interchange.Sync;

/// <summary>What a sync tells as it goes (the command line's progress bar and report lines).</summary>
public interface ISyncObserver
{
    /// <summary>Statements pushed (of those waiting at the start) or pulled so far.</summary>
    void Progress(SyncPhase phase, long done, long total);

    /// <summary>The LRS refused this statement (409 or another 4xx); it stays in the outbox.</summary>
    void Refused(OutboxEntry entry, LrsAnswer answer);

    /// <summary>A pulled statement that cannot be merged, one line.</summary>
    void PullProblem(string problem);

    /// <summary>The LRS was unavailable; the request is tried again after <paramref name="wait"/>.</summary>
    void Retrying(LrsAnswer answer, TimeSpan wait);
}

public enum SyncPhase
{
    Push,
    Pull,
}
