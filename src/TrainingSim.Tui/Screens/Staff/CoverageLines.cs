using TrainingSim.Core.Testing.Exploration;
using TrainingSim.Tui.Models.Staff;
using TrainingSim.Tui.Widgets;

namespace TrainingSim.Tui.Screens.Staff;

/// <summary>The library browser's two lines of a scenario's coverage: the percentages, then what was never reached
/// or earned and the outcomes (and how many runtime problems, which <c>test --explore</c> lists).</summary>
internal static class CoverageLines
{
    public static IReadOnlyList<StyledLine> For(ScenarioCoverage coverage, StaffText text)
    {
        var positive = coverage.Items.Where(i => !i.IsPenalty).ToList();
        var outcomes = string.Join(" · ", coverage.Outcomes.Select(o => $"{text.Wording.Names.Outcome(o.Key)} {o.Value}"));
        var first = new StyledLine(text.Format("StaffCoverageLine", LibraryCoverage.Calls, LibraryCoverage.Seed,
            coverage.ReachedPercent, coverage.Steps.Count(s => s.Reached > 0), coverage.Steps.Count,
            coverage.EarnedPercent, positive.Count(i => i.Earned > 0), positive.Count), Tone.Heading);
        var missing = coverage.NeverReached.Count == 0 && coverage.NeverEarned.Count == 0
            ? text["StaffCoverageAll"]
            : text.Format("StaffCoverageMissing", List(coverage.NeverReached.Select(s => s.StepId), text),
                List(coverage.NeverEarned.Select(i => $"{i.StepId}/{i.ItemId}"), text));
        // What is missing first: a long list wraps past the message area's two lines and hides the outcomes, not itself.
        missing = text.Format("StaffCoverageOutcomes", missing, outcomes);
        var second = coverage.Problems.Count > 0
            ? new StyledLine(text.Format("StaffCoverageProblems", coverage.Problems.Count, missing), Tone.Warning)
            : new StyledLine(missing, coverage.NeverReached.Count + coverage.NeverEarned.Count > 0 ? Tone.Warning : Tone.Good);
        return [first, second];
    }

    private static string List(IEnumerable<string> ids, StaffText text) =>
        ids.ToList() is { Count: > 0 } list ? string.Join(", ", list) : text["StaffCoverageNone"];
}
