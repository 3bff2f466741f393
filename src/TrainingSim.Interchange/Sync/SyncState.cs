namespace TrainingSim.Interchange.Sync;

/// <summary>What the progress database remembers of syncing: the pull cursor (the LRS's <c>stored</c> time of
/// the last statement pulled), the last sync that reached the LRS, the last error and since when the LRS has
/// been unreachable.</summary>
public sealed record SyncState(
    string? PulledUntil = null,
    DateTimeOffset? LastSuccess = null,
    string? LastError = null,
    DateTimeOffset? LastErrorAt = null,
    DateTimeOffset? UnreachableSince = null);
