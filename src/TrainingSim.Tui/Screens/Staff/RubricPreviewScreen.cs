using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;
using TrainingSim.Core.Feedback;
using TrainingSim.Core.Scenarios;
using TrainingSim.Tui.Models.Staff;
using TrainingSim.Tui.Shell;
using TrainingSim.Tui.Widgets;

namespace TrainingSim.Tui.Screens.Staff;

/// <summary>Rubric preview: pick a free-text step (↑ ↓), type a candidate reply, and see at every keystroke
/// which items match with their evidence in 【】 (penalties in 〔〕), what is missed, the step score, the
/// mood and where the call would go. F4/F5 lower or raise the mood before the reply to try mood branches. F3 (or Tab)
/// goes to the scenario filter above the list: typing keeps the steps of the scenarios whose title, id or module
/// contains the text; Enter goes back to the reply.</summary>
internal sealed class RubricPreviewScreen : StaffScreen
{
    private readonly RubricPreviewModel _model;
    private readonly Label _filterLabel = new() { X = 0, Y = 0 };
    private readonly TextField _filter;
    private readonly StaffTableView _steps = new() { X = 0, Y = 1, Width = Dim.Fill(), Height = 6 };
    private readonly TextField _reply;
    private readonly TextBlock _result = new() { X = 0, Y = 10, Width = Dim.Fill(), Height = Dim.Fill() };

    public RubricPreviewScreen(RubricPreviewModel model, StaffText text)
        : base(text)
    {
        _model = model;
        _filter = new TextField { X = Pos.Right(_filterLabel), Y = 0, Width = Dim.Fill() };
        _filter.TextChanged += (_, _) =>
        {
            _model.FilterBy(_filter.Text);
            ShowSteps();
            Render();
        };
        ShowSteps();
        _steps.SelectionChanged += () =>
        {
            _model.Select(_steps.Selected);
            Render();
        };
        var label = new Label { X = 0, Y = 8, Text = text["StaffCandidateReply"] };
        _reply = new TextField { X = 0, Y = 9, Width = Dim.Fill() };
        _reply.TextChanged += (_, _) =>
        {
            _model.Score(_reply.Text);
            Render();
        };
        Add(_filterLabel, _filter, _steps, label, _reply, _result);
        Bind(Key.F3, Command.Find, () => _filter.SetFocus(), text["StaffKeyFilter"]);
        Bind(Key.F4, Command.ZoomOut, () => Mood(-RubricPreviewModel.MoodStep), text["StaffKeyMoodDown"]);
        Bind(Key.F5, Command.ZoomIn, () => Mood(RubricPreviewModel.MoodStep), text["StaffKeyMoodUp"]);
        // Enter in the filter goes on to the reply; while either is typed in, the arrows and pages pick the step.
        BindWhen(Key.Enter, Command.Accept, () => _filter.HasFocus && _reply.SetFocus());
        BindWhen(Key.CursorUp, Command.Up, () => PickStep(-1));
        BindWhen(Key.CursorDown, Command.Down, () => PickStep(1));
        BindWhen(Key.PageUp, Command.PageUp, () => PickStep(-StepsPage));
        BindWhen(Key.PageDown, Command.PageDown, () => PickStep(StepsPage));
        Render();
    }

    protected override string ScreenTitle => Strings["StaffPreviewTitle"];

    public override void Shown() => _reply.SetFocus();

    private int StepsPage => Math.Max(1, _steps.Viewport.Height - 1);

    private bool PickStep(int by)
    {
        if (!(_reply.HasFocus || _filter.HasFocus))
            return false;
        _steps.Select(_steps.Selected + by);
        return true;
    }

    /// <summary>The steps the filter keeps, and the filter's line with how many scenarios and steps that is.</summary>
    private void ShowSteps()
    {
        _filterLabel.Text = Strings.Format("StaffPreviewFilter", _model.ScenarioCount, _model.Steps.Count, _model.AllStepCount);
        _steps.SetRows([Strings["StaffColumnScenario"], Strings["StaffColumnStep"], Strings["StaffColumnCustomerSays"]],
            [.. _model.Steps.Select(s => (IReadOnlyList<StaffCell>)[new StaffCell(s.Scenario.Title), new StaffCell(s.Step.Id), new StaffCell(s.Step.Say ?? "", Tone.Customer)])]);
        _steps.Select(0);
    }

    private void Mood(int by)
    {
        _model.ChangeMood(by);
        Render();
    }

    private string SkillName(string id) => Strings.Wording.Names.Skill(id);

    private string ItemText(RubricItem item) => $"{item.Id} ({SkillName(item.Skill)} {item.Points:+0;-0}{(item.Bonus ? " " + Strings["StaffBonus"] : "")})";

    private void Render()
    {
        if (_model.Current is null)
        {
            _result.SetLines([new StyledLine(Strings[_model.AllStepCount == 0 ? "StaffNoFreeTextSteps" : "StaffPreviewNoneFiltered"], Tone.Dim)]);
            return;
        }
        if (_model.Evaluation is not { } evaluation)
        {
            var items = _model.Current.Step.Rubric;
            _result.SetLines(
            [
                new StyledLine(Strings.Format("StaffPreviewMoodBefore", _model.MoodBefore), Tone.Dim),
                new StyledLine(Strings["StaffPreviewTypeHint"], Tone.Narrator),
                .. items.Select(i => new StyledLine("· " + ItemText(i), Tone.Dim, 2)),
                .. ExampleLines(_model.Current.Step.Examples),
            ]);
            return;
        }
        var lines = new List<StyledLine>
        {
            new(Strings.Format("StaffPreviewScore", (int)Math.Round(evaluation.Score, MidpointRounding.AwayFromZero), evaluation.Net, evaluation.Maximum,
                _model.MoodBefore, _model.MoodAfter, _model.NextStepId), Tone.Heading),
            new("» " + _model.HighlightedReply(), Tone.Trainee, 2),
        };
        // The trainee's own feedback, worded once for every screen, with the item ids a trainer edits by.
        var feedback = FeedbackBuilder.For(evaluation);
        lines.AddRange(Strings.Wording.Feedback.Lines(feedback, Wording.FeedbackStyle.Record).Select(l => new StyledLine(l.Text,
            l.Line.Sentiment switch { FeedbackSentiment.Good => Tone.Good, FeedbackSentiment.Bad => Tone.Bad, _ => Tone.Dim }, 2)));
        _result.SetLines(lines);
    }

    private IEnumerable<StyledLine> ExampleLines(StepExamples examples)
    {
        var scored = _model.Examples();
        if (scored.Count == 0)
        {
            yield return new StyledLine(Strings["StaffPreviewNoExamples"], Tone.Dim);
            yield break;
        }

        yield return new StyledLine(Strings.Format("StaffPreviewExamples", examples.GoodAtLeast, examples.BadAtMost), Tone.Narrator);
        foreach (var example in scored)
        {
            yield return new StyledLine(Strings.Format(example.IsGood ? "StaffPreviewGoodExample" : "StaffPreviewBadExample",
                example.Passed ? "✓" : "✗", example.Score, example.Example.Reply), example.Passed ? Tone.Dim : Tone.Bad, 2);
        }
    }
}
