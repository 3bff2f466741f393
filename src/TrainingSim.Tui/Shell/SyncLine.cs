using TrainingSim.Tui.Localization;
using TrainingSim.Tui.Models;

namespace TrainingSim.Tui.Shell;

/// <summary>The status bar's words for a <see cref="SyncStatus"/>; the unreachable moment in the clock's local time.</summary>
internal static class SyncLine
{
    public static string Of(SyncStatus status, UiText text, TimeProvider clock) => status.Kind switch
    {
        SyncStatusKind.Synced => text["SyncSynced"],
        SyncStatusKind.Waiting => text.Format("SyncWaiting", status.Waiting),
        SyncStatusKind.Unreachable => text.Format("SyncUnreachable", Local(status.Since ?? clock.GetUtcNow(), clock)),
        SyncStatusKind.Denied => text.Format("SyncDenied", status.Reason),
        _ => text.Format("SyncFailed", status.Reason),
    };

    private static string Local(DateTimeOffset moment, TimeProvider clock) =>
        TimeZoneInfo.ConvertTime(moment, clock.LocalTimeZone).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
