using Terminal.Gui.ViewBase;
using TrainingSim.Core.Drill;
using TrainingSim.Tui.Localization;
using TrainingSim.Tui.Models;
using TrainingSim.Tui.Text;
using TrainingSim.Tui.Widgets;

namespace TrainingSim.Tui.Screens;

/// <summary>Two lines on home: which skill the drill trains and why, then its queue; or one line saying why there is
/// none yet.</summary>
internal sealed class DrillPanel : View
{
    private readonly DrillPanelModel _model;
    private readonly UiText _text;
    private readonly TextBlock _lines;
    private readonly string _key;

    /// <param name="key">The key that plays the drill, as the panel names it.</param>
    public DrillPanel(DrillPanelModel model, UiText text, string key)
    {
        _model = model;
        _text = text;
        _key = key;
        Width = Dim.Fill();
        Height = 2;
        _lines = new TextBlock { X = 0, Y = 0, Width = Dim.Fill(), Height = 2 };
        Add(_lines);
    }

    public void Refresh()
    {
        Height = _lines.Height = _model.Plan.HasPlan ? 2 : 1;
        _lines.SetSource(width => Lines(_model.Plan, width));
    }

    private List<StyledLine> Lines(DrillPlan plan, int width)
    {
        if (plan.Weakest is not { } weakest)
            return [new(_text.Format("DrillNotEnough", DrillRules.MinimumTurns, DrillRules.MinimumAttempts), Tone.Dim)];
        var skill = _text.Wording.Names.Skill(weakest.Skill);
        var score = (int)Math.Round(weakest.WeightedScore, MidpointRounding.AwayFromZero);
        if (plan.Queue.Count == 0)
            return [new(_text.Format("DrillNoScenario", skill, score), Tone.Warning)];
        return
        [
            new(_text.Format("DrillWhy", skill, weakest.Attempts, score, plan.Queue.Count, _key), Tone.Heading),
            new("  " + Queue(plan, width)),
        ];
    }

    /// <summary>The queue on one line; when it does not fit, each title cut to an equal share of the width, so all of
    /// them show.</summary>
    private static string Queue(DrillPlan plan, int width)
    {
        var whole = string.Join("  ", plan.Queue.Select((pick, i) => $"{i + 1}. {pick.Scenario.Title}"));
        if (Columns.Width(whole) + 2 <= width)
            return whole;
        var share = Math.Max(8, (width - 2) / plan.Queue.Count);
        return string.Concat(plan.Queue.Select((pick, i) => Columns.Fit($"{i + 1}. {pick.Scenario.Title}", share - 1) + " ")).TrimEnd();
    }
}
