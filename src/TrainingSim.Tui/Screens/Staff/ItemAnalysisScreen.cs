using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using TrainingSim.Core.Progress;
using TrainingSim.Reports;
using TrainingSim.Core.Scenarios;
using TrainingSim.Core.Security;
using TrainingSim.Tui.Text;
using TrainingSim.Tui.Widgets;

namespace TrainingSim.Tui.Screens.Staff;

/// <summary>Item analysis (<see cref="ItemAnalysisBuilder"/>) over the attempts the session may see: per
/// scenario its attempts, hang-ups, abandons (those before the first reply too), end outcomes and versions; per step
/// the average score, hang-ups and abandons; per item how often it was missed; per choice how often it was picked.
/// ↑ ↓ PgUp PgDn scroll.</summary>
internal sealed class ItemAnalysisScreen : StaffScreen
{
    private const int VersionChars = 8;

    private readonly ScopedProgress _progress;
    private readonly IReadOnlyList<Scenario> _scenarios;
    private readonly TextBlock _body = new() { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill() };
    private ItemAnalysis _analysis = new([]);

    public ItemAnalysisScreen(ScopedProgress progress, IReadOnlyList<Scenario> scenarios, StaffText text)
        : base(text)
    {
        _progress = progress;
        _scenarios = scenarios;
        _body.SetSource(Lines);
        Add(_body);
        BindPageScrolling(_body);
        Reload();
    }

    protected override string ScreenTitle => Strings["StaffItemsTitle"];

    public override void Shown() => Reload();


    private void Reload()
    {
        var byId = _scenarios.GroupBy(s => s.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _analysis = ItemAnalysisBuilder.Build(_progress.Attempts(AttemptQuery.All), byId);
        _body.SetSource(Lines);
    }

    private List<StyledLine> Lines(int width)
    {
        if (_analysis.Scenarios.Count == 0)
            return [new StyledLine(Strings["StaffNoAttemptsAtAll"], Tone.Dim)];
        var lines = new List<StyledLine>();
        foreach (var scenario in _analysis.Scenarios)
        {
            var title = _scenarios.FirstOrDefault(s => s.Id == scenario.ScenarioId)?.Title ?? scenario.ScenarioId;
            lines.Add(new StyledLine(Strings.Format("StaffItemsScenario", title, scenario.ScenarioId, scenario.Attempts,
                scenario.Completed, scenario.HungUp, scenario.Abandoned)
                + (scenario.AbandonedBeforeFirstReply > 0 ? Strings.Format("StaffItemsBeforeFirstReply", scenario.AbandonedBeforeFirstReply) : ""),
                Tone.Heading));
            if (scenario.Outcomes.Count > 0)
            {
                lines.Add(new StyledLine(Strings["StaffItemsOutcomes"] + string.Join(" · ", scenario.Outcomes.Select(o =>
                    $"{Strings.Outcome(o.Outcome)} {o.Attempts}")), Tone.Dim, 2));
            }
            lines.Add(new StyledLine(Strings["StaffItemsVersions"] + string.Join("  ", scenario.Versions.Select(v =>
                $"{v.Version[..Math.Min(VersionChars, v.Version.Length)]}×{v.Attempts}")), Tone.Dim, 2));
            lines.Add(new StyledLine(Columns.Fit("  " + Strings["StaffColumnStep"], 24) + Strings["StaffItemsStepColumns"], Tone.Dim));
            foreach (var step in scenario.Steps)
            {
                lines.Add(new StyledLine(Columns.Fit("  " + step.StepId, 24) + Strings.Format("StaffItemsStep",
                    step.Reached, step.Answers, step.AverageScore?.ToString(Strings.Culture) ?? "—", step.HungUp, step.Abandoned)));
                foreach (var item in step.Items)
                {
                    var tone = item.Penalized > 0 ? Tone.Warning : step.Answers > 0 && item.Missed * 2 > step.Answers ? Tone.Bad : Tone.Normal;
                    lines.Add(new StyledLine(Columns.Fit("    · " + item.ItemId, 24) + Strings.Format("StaffItemsItem",
                        item.Missed, step.Answers, item.Matched, item.Penalized), tone));
                }

                var picked = step.Choices.Sum(c => c.Picks);
                foreach (var choice in step.Choices)
                {
                    lines.Add(new StyledLine(Columns.Fit($"    {choice.Number}) {choice.Text}", 22) + "  " + Strings.Format("StaffItemsChoice",
                        choice.Picks, picked, picked == 0 ? 0 : (int)Math.Round(100.0 * choice.Picks / picked, MidpointRounding.AwayFromZero))));
                }
            }
            lines.Add(StyledLine.Blank);
        }
        return lines;
    }
}
