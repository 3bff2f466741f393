using TrainingSim.Core.Progress;
using TrainingSim.Core.Review;

namespace TrainingSim.Cli.Commands;

/// <summary>An attempt named on the command line: its id, or the end of it (at least 4 hex digits; <c>review
/// list</c> shows the last 8).</summary>
internal static class AttemptArgument
{
    public static AttemptRecord Find(CliContext context, IProgressStore store, string handle)
    {
        var ids = ReviewHandles.Find(handle, store.Attempts(AttemptQuery.All with { WithTurns = false }).Select(a => a.Id));
        return ids.Count switch
        {
            1 => store.FindAttempt(ids[0])!,
            0 => throw new CliException(context.Text.Format("AttemptUnknown", handle), ExitCodes.Problem),
            _ => throw new CliException(context.Text.Format("AttemptAmbiguous", handle, ids.Count), ExitCodes.Usage),
        };
    }
}
