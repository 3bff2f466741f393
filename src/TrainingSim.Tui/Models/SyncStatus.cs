using System.Globalization;
using TrainingSim.Interchange.Sync;

namespace TrainingSim.Tui.Models;

/// <summary>What the status bar says of syncing with the LRS, read from the outbox and the sync state after a
/// sync: everything sent (已同步), statements waiting (N 条待同步: not sent yet, or refused by the LRS), the LRS
/// unreachable since a moment, the LRS refusing this machine (credentials, endpoint), or the sync itself failing
/// (the database, one line).</summary>
internal sealed record SyncStatus(SyncStatusKind Kind, int Waiting, DateTimeOffset? Since = null, string? Reason = null)
{
    /// <summary>The state after a sync that ended with <paramref name="failure"/> (null: it reached the LRS).</summary>
    public static SyncStatus After(int waiting, SyncState state, LrsAnswer? failure) => failure switch
    {
        { Kind: LrsAnswerKind.Unavailable } => new SyncStatus(SyncStatusKind.Unreachable, waiting, state.UnreachableSince),
        { Kind: LrsAnswerKind.Denied } => new SyncStatus(SyncStatusKind.Denied, waiting, Reason: failure.Status.ToString(CultureInfo.InvariantCulture)),
        not null => new SyncStatus(SyncStatusKind.Waiting, waiting),
        null when waiting > 0 => new SyncStatus(SyncStatusKind.Waiting, waiting),
        null => new SyncStatus(SyncStatusKind.Synced, 0),
    };

    /// <summary>The sync could not run (the progress database refused it): the reason, one line.</summary>
    public static SyncStatus Failed(string reason) =>
        new(SyncStatusKind.Failed, 0, Reason: reason.ReplaceLineEndings(" ").Trim());

    /// <summary>Whether another try later could change it: something waits, or the LRS could not be reached (a
    /// refused login stays refused until the settings change).</summary>
    public bool WantsRetry => Kind != SyncStatusKind.Denied && (Kind is SyncStatusKind.Unreachable or SyncStatusKind.Failed || Waiting > 0);
}

internal enum SyncStatusKind
{
    Synced,
    Waiting,
    Unreachable,
    Denied,
    Failed,
}
