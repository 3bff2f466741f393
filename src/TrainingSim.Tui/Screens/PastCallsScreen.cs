using System.Collections.ObjectModel;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;
using TrainingSim.Core.Progress;
using TrainingSim.Tui.Localization;
using TrainingSim.Tui.Models;
using TrainingSim.Tui.Shell;
using TrainingSim.Tui.Text;
using TrainingSim.Wording;

namespace TrainingSim.Tui.Screens;

/// <summary>The trainee's own past calls (F3 on home), newest first: when, scenario, score, stars, outcome. Enter opens
/// the call's transcript, read-only.</summary>
internal sealed class PastCallsScreen : Screen
{
    private const int WhenWidth = 12;
    private const int ScoreWidth = 6;
    private const int StarsWidth = 6;
    private const int OutcomeWidth = 14;

    private readonly PastCallsModel _model;
    private readonly UiText _text;
    private readonly TimeProvider _clock;
    private readonly Action<Guid> _open;
    private readonly Label _columns;
    private readonly ListView _list;

    public PastCallsScreen(PastCallsModel model, UiText text, TimeProvider clock, Action<Guid> open)
    {
        _model = model;
        _text = text;
        _clock = clock;
        _open = open;
        var frame = new FrameView { Title = text["PastCallsFrame"], X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill() };
        _columns = new Label { X = 0, Y = 0, Width = Dim.Fill(), Height = 1 };
        _list = new ListView { X = 0, Y = 1, Width = Dim.Fill(), Height = Dim.Fill() };
        _list.FrameChanged += (_, _) => Render();
        frame.Add(_columns, _list);
        Add(frame);
        Bind(Key.Enter, Command.Accept, Open, text["KeyOpen"]);
    }

    protected override string ScreenTitle => _text["PastCallsTitle"];

    public override void Shown()
    {
        _model.Reload();
        Render();
        _list.SetFocus();
    }

    private void Render()
    {
        var width = Math.Max(_list.Viewport.Width, 40);
        var title = Math.Max(10, width - WhenWidth - ScoreWidth - StarsWidth - OutcomeWidth);
        _columns.Text = Columns.Cell(_text["PastCallsWhen"], WhenWidth) + Columns.Cell(_text["ColTitle"], title)
            + Columns.Cell(_text["PastCallsScore"], ScoreWidth) + Columns.Cell(_text["PastCallsStars"], StarsWidth) + _text["PastCallsOutcome"];
        var selected = _list.SelectedItem;
        var rows = _model.Calls.Count == 0
            ? [_text["PastCallsNone"]]
            : _model.Calls.Select(c => Row(c, title));
        _list.SetSource(new ObservableCollection<string>(rows));
        _list.SelectedItem = _model.Calls.Count == 0 ? null : Math.Clamp(selected ?? 0, 0, _model.Calls.Count - 1);
    }

    private string Row(AttemptRecord call, int titleWidth)
    {
        var when = TimeZoneInfo.ConvertTime(call.StartedAt, _clock.LocalTimeZone).ToString("MM-dd HH:mm", _text.Culture);
        var outcome = call.Outcome is { } id ? _text.Wording.Names.Outcome(id) : _text["PastCallsUnfinished"];
        var mode = call.Mode == PlayMode.Exam ? " · " + _text["ModeExam"] : "";
        return Columns.Cell(when, WhenWidth) + Columns.Cell(_model.TitleOf(call) + mode, titleWidth)
            + Columns.Cell(call.Completed ? call.Score.ToString(_text.Culture) : "—", ScoreWidth)
            + Columns.Cell(call.Completed ? StarWording.Glyphs(call.Stars) : "", StarsWidth) + Columns.Shorten(outcome, OutcomeWidth);
    }

    private void Open()
    {
        if (_list.SelectedItem is { } index && index >= 0 && index < _model.Calls.Count)
            _open(_model.Calls[index].Id);
    }
}
