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
    private const int MinLabelWidth = 12;

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

    /// <summary>A line of the report: either written whole, or a label (step, item, choice) and its figures. The
    /// figures of the steps and items start in one column, those of the choices in another.</summary>
    private sealed record Entry(StyledLine? Whole, string Label = "", string Figures = "", Tone Tone = Tone.Normal, bool Choice = false);

    /// <remarks>A label column is as wide as its widest label and two spaces, so labels are cut (with …) only
    /// when the figures would not fit beside them.</remarks>
    private List<StyledLine> Lines(int width)
    {
        if (_analysis.Scenarios.Count == 0)
            return [new StyledLine(Strings["StaffNoAttemptsAtAll"], Tone.Dim)];
        var entries = Entries();
        var labelWidths = entries.Where(e => e.Whole is null).GroupBy(e => e.Choice).ToDictionary(g => g.Key, g =>
            Math.Min(ColumnWidths.Natural(g.Select(e => e.Label)) + 2, Math.Max(MinLabelWidth, width - 1 - ColumnWidths.Natural(g.Select(e => e.Figures)))));
        return [.. entries.Select(e => e.Whole ?? new StyledLine(Columns.Cell(e.Label, labelWidths[e.Choice]) + e.Figures, e.Tone))];
    }

    private List<Entry> Entries()
    {
        var lines = new List<Entry>();
        foreach (var scenario in _analysis.Scenarios)
        {
            var title = _scenarios.FirstOrDefault(s => s.Id == scenario.ScenarioId)?.Title ?? scenario.ScenarioId;
            lines.Add(new Entry(new StyledLine(Strings.Format("StaffItemsScenario", title, scenario.ScenarioId, scenario.Attempts,
                scenario.Completed, scenario.HungUp, scenario.Abandoned)
                + (scenario.AbandonedBeforeFirstReply > 0 ? Strings.Format("StaffItemsBeforeFirstReply", scenario.AbandonedBeforeFirstReply) : ""),
                Tone.Heading)));
            if (scenario.Outcomes.Count > 0)
            {
                lines.Add(new Entry(new StyledLine(Strings["StaffItemsOutcomes"] + string.Join(" · ", scenario.Outcomes.Select(o =>
                    $"{Strings.Outcome(o.Outcome)} {o.Attempts}")), Tone.Dim, 2)));
            }
            lines.Add(new Entry(new StyledLine(Strings["StaffItemsVersions"] + string.Join("  ", scenario.Versions.Select(v =>
                $"{v.Version[..Math.Min(VersionChars, v.Version.Length)]}×{v.Attempts}")), Tone.Dim, 2)));
            lines.Add(new Entry(null, "  " + Strings["StaffColumnStep"], Strings["StaffItemsStepColumns"], Tone.Dim));
            foreach (var step in scenario.Steps)
            {
                lines.Add(new Entry(null, "  " + step.StepId, Strings.Format("StaffItemsStep",
                    step.Reached, step.Answers, step.AverageScore?.ToString(Strings.Culture) ?? "—", step.HungUp, step.Abandoned)));
                foreach (var item in step.Items)
                {
                    var tone = item.Penalized > 0 ? Tone.Warning : step.Answers > 0 && item.Missed * 2 > step.Answers ? Tone.Bad : Tone.Normal;
                    lines.Add(new Entry(null, "    · " + item.ItemId, Strings.Format("StaffItemsItem",
                        item.Missed, step.Answers, item.Matched, item.Penalized), tone));
                }

                var picked = step.Choices.Sum(c => c.Picks);
                foreach (var choice in step.Choices)
                {
                    lines.Add(new Entry(null, $"    {choice.Number}) {choice.Text}", Strings.Format("StaffItemsChoice",
                        choice.Picks, picked, picked == 0 ? 0 : (int)Math.Round(100.0 * choice.Picks / picked, MidpointRounding.AwayFromZero)), Choice: true));
                }
            }
            lines.Add(new Entry(StyledLine.Blank));
        }
        return lines;
    }
}
