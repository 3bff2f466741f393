using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;
using TrainingSim.Core.Progress;
using TrainingSim.Tui.Localization;
using TrainingSim.Tui.Models;
using TrainingSim.Tui.Shell;
using TrainingSim.Tui.Text;
using TrainingSim.Tui.Widgets;

namespace TrainingSim.Tui.Screens;

/// <summary>Before the call: the brief, the customer, the account screen, the time limit and the mode.</summary>
internal sealed class BriefingScreen : Screen
{
    private readonly BriefingModel _model;
    private readonly UiText _text;
    private readonly Action<BriefingModel> _start;
    private readonly TextBlock _body;
    private readonly TextBlock _info;

    public BriefingScreen(BriefingModel model, UiText text, Action<BriefingModel> start)
    {
        _model = model;
        _text = text;
        _start = start;

        var brief = new FrameView { Title = model.Scenario.Title, X = 0, Y = 0, Width = Dim.Percent(60), Height = Dim.Fill() };
        _body = new TextBlock { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill() };
        brief.Add(_body);
        var account = new FrameView { Title = text["AccountPanel"], X = Pos.Right(brief), Y = 0, Width = Dim.Fill(), Height = Dim.Fill() };
        _info = new TextBlock { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill() };
        account.Add(_info);
        Add(brief, account);

        Bind(Key.Enter, Command.Accept, () => _start(_model), text["KeyStartCall"]);
        Bind(Key.F2, Command.Toggle, ToggleMode, text["KeyToggleMode"]);
        BindScrolling(_body);
        Render();
    }

    protected override string ScreenTitle => _text["BriefingTitle"];

    public override void Shown() => SetFocus();

    private void ToggleMode()
    {
        _model.ToggleMode();
        Render();
    }

    private void Render()
    {
        var scenario = _model.Scenario;
        var customer = scenario.Customer;
        var lines = new List<StyledLine>
        {
            new(_text["Brief"], Tone.Heading),
            new(scenario.Brief is { } brief ? Prose.Flow(brief) : "—"),
            StyledLine.Blank,
            new(_text["Customer"], Tone.Heading),
            new($"{customer.Name ?? "—"}{(customer.Persona is null ? "" : " · " + Prose.Flow(customer.Persona))}"),
            new(_text.Format("StartMood", _text[MoodMeter.MoodKey(customer.Mood)], customer.Mood)),
            StyledLine.Blank,
            new(scenario.ReplySeconds is { } seconds ? _text.Format("TimeLimit", seconds) : _text["NoTimeLimit"]),
            new(_text.Format("PassScore", scenario.PassScore)),
            StyledLine.Blank,
            _model.ModeFixed
                ? new(_text[_model.Mode == PlayMode.Exam ? "ModeFixedLine" : "ModeFixedPracticeLine"], Tone.Heading)
                : new(_text.Format("ModeLine", _text[_model.Mode == PlayMode.Practice ? "ModePractice" : "ModeExam"]), Tone.Heading),
            new(_text[_model.Mode == PlayMode.Practice ? "ModePracticeHelp" : "ModeExamHelp"], Tone.Dim),
        };
        _body.SetLines(lines);
        _info.SetLines(scenario.Info.Count == 0
            ? [new StyledLine("—")]
            : [.. scenario.Info.Select(kv => new StyledLine($"{kv.Key}: {kv.Value}", Tone.Normal, 2))]);
    }
}
