using Terminal.Gui.ViewBase;
using TrainingSim.Core.Drill;
using TrainingSim.Tui.Localization;
using TrainingSim.Tui.Models;
using TrainingSim.Tui.Widgets;

namespace TrainingSim.Tui.Screens;

/// <summary>Two lines on home: which skill the drill trains and why, then its queue; or why there is none yet.</summary>
internal sealed class DrillPanel : View
{
    private readonly DrillPanelModel _model;
    private readonly UiText _text;
    private readonly TextBlock _lines;

    public DrillPanel(DrillPanelModel model, UiText text)
    {
        _model = model;
        _text = text;
        Width = Dim.Fill();
        Height = 2;
        _lines = new TextBlock { X = 0, Y = 0, Width = Dim.Fill(), Height = 2 };
        Add(_lines);
    }

    public void Refresh() => _lines.SetLines(Lines(_model.Plan));

    private List<StyledLine> Lines(DrillPlan plan)
    {
        if (plan.Weakest is not { } weakest)
            return [new(_text.Format("DrillNotEnough", DrillRules.MinimumTurns, DrillRules.MinimumAttempts), Tone.Dim)];
        var skill = _text.Wording.Names.Skill(weakest.Skill);
        var score = (int)Math.Round(weakest.WeightedScore, MidpointRounding.AwayFromZero);
        if (plan.Queue.Count == 0)
            return [new(_text.Format("DrillNoScenario", skill, score), Tone.Warning)];
        return
        [
            new(_text.Format("DrillWhy", skill, weakest.Attempts, score, plan.Queue.Count), Tone.Heading),
            new("  " + string.Join("  ", plan.Queue.Select((pick, i) => $"{i + 1}. {pick.Scenario.Title}"))),
        ];
    }
}
