namespace TrainingSim.Interchange.Sync;

/// <summary>The durable outbox of a progress database: every statement of every attempt and turn goes in, in
/// the same write that stores the turn, and leaves only once an LRS has accepted it.</summary>
public interface IStatementOutbox
{
    /// <summary>How many statements wait.</summary>
    int OutboxCount();

    /// <summary>Up to <paramref name="max"/> waiting statements after <paramref name="afterKey"/>, in order.</summary>
    IReadOnlyList<OutboxEntry> OutboxPage(long afterKey, int max);

    /// <summary>The LRS has these (200/204): they leave the outbox.</summary>
    void OutboxSent(IReadOnlyCollection<long> keys);

    /// <summary>The LRS refused this one (409, 4xx): it stays, with the reason.</summary>
    void OutboxRefused(long key, string problem);

    SyncState ReadSyncState();

    void WriteSyncState(SyncState state);
}
