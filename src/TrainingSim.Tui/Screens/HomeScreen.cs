using System.Collections.ObjectModel;
using Humanizer;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;
using TrainingSim.Core.Progress;
using TrainingSim.Core.Scenarios;
using TrainingSim.Tui.Localization;
using TrainingSim.Tui.Models;
using TrainingSim.Tui.Shell;
using TrainingSim.Tui.Text;
using TrainingSim.Tui.Widgets;

namespace TrainingSim.Tui.Screens;

/// <summary>The trainee's figures and the catalog grouped by module, with a filter by title and tag.</summary>
internal sealed class HomeScreen : Screen
{
    private readonly HomeModel _model;
    private readonly UiText _text;
    private readonly TimeProvider _clock;
    private readonly Action<Scenario, PlayChoice> _open;
    private readonly TextBlock _summary;
    private readonly TextField _filter;
    private readonly Label _columns;
    private readonly ListView _list;
    private readonly FrameView _catalog;
    private readonly Label _message;
    private readonly DrillPanelModel? _drill;
    private readonly DrillPanel? _drillPanel;
    private int _renderedWidth = -1;

    /// <param name="drill">The weak-skill drill shown under the figures (F5 plays its first scenario), when given.</param>
    /// <param name="pastCalls">Opens the trainee's own past calls (F3), when given.</param>
    public HomeScreen(HomeModel model, UiText text, TimeProvider clock, Action<Scenario, PlayChoice> open, DrillPanelModel? drill = null,
        Action? pastCalls = null)
    {
        _model = model;
        _text = text;
        _clock = clock;
        _open = open;

        _summary = new TextBlock { X = 0, Y = 0, Width = Dim.Fill(), Height = 2 };
        _drill = drill;
        // F5 is named on the drill panel itself, F3 on the filter's row, leaving the status bar's room to the shell's keys;
        // both name the key they are bound to.
        if (drill is not null)
            Bind(Key.F5, Command.Start, OpenDrill);
        if (pastCalls is not null)
            Bind(Key.F3, Command.Open, pastCalls);
        Pos top = 2;
        if (drill is not null)
        {
            // One line or two (DrillPanel.Height): the catalog below takes the rest.
            _drillPanel = new DrillPanel(drill, text, KeyName(Command.Start)) { X = 0, Y = top };
            Add(_drillPanel);
            top = Pos.Bottom(_drillPanel);
        }
        var filterLabel = new Label { X = 0, Y = top, Text = text["FilterLabel"] };
        // F3 is named on the filter's row, as F5 is on the drill panel: the status bar has no room left at 80 columns.
        var pastCallsLabel = new Label { X = Pos.AnchorEnd(), Y = top, Text = pastCalls is null ? "" : text.Format("PastCallsKey", KeyName(Command.Open)) };
        _filter = new TextField { X = Pos.Right(filterLabel) + 1, Y = top, Width = Dim.Fill(Columns.Width(pastCallsLabel.Text) + 1) };
        _filter.TextChanged += (_, _) => ApplyFilter();
        var catalog = _catalog = new FrameView { Title = text["Catalog"], X = 0, Y = Pos.Bottom(filterLabel), Width = Dim.Fill(), Height = Dim.Fill(1) };
        _columns = new Label { X = 0, Y = 0, Width = Dim.Fill(), Height = 1 };
        _list = new ListView { X = 0, Y = 1, Width = Dim.Fill(), Height = Dim.Fill() };
        _list.FrameChanged += (_, _) => RenderRows();
        catalog.Add(_columns, _list);
        _message = new Label { X = 0, Y = Pos.AnchorEnd(1), Width = Dim.Fill(), Height = 1, Text = "" };
        Add(_summary, filterLabel, _filter, pastCallsLabel, catalog, _message);

        Bind(Key.Enter, Command.Accept, Open, text["KeyOpen"]);
        Bind(Key.F.WithCtrl, Command.Find, () => _filter.SetFocus(), text["KeyFilter"]);
        Bind(Key.Tab, Command.NextTabStop, () => (_filter.HasFocus ? (View)_list : _filter).SetFocus(), text["KeyNextField"]);
        if (model.HasOtherLanguages)
            Bind(Key.F6, Command.Toggle, ToggleOtherLanguages, text["KeyOtherLanguages"]);
        BindWhen(Key.CursorDown, Command.Down, () => _filter.HasFocus && _list.SetFocus());
        _drill?.Reload();
        Refresh();
    }

    protected override string ScreenTitle => _text["HomeTitle"];

    private string KeyName(Command command) => KeyHints.KeyOf(KeyBindings, command)?.ToString() ?? "";

    public override void Shown()
    {
        _model.Reload();
        _drill?.Reload();
        Refresh();
        _list.SetFocus();
    }

    private void Refresh()
    {
        var stats = _model.Summary;
        var last = stats.LastSession is { } when
            ? when.Humanize(_clock.GetUtcNow(), _text.Culture)
            : _text["Never"];
        var line2 = new StyledLine(_text.Format("HomeLine2", stats.StarsEarned, stats.StarsPossible, stats.StreakDays, last));
        _summary.SetSource(width => [new StyledLine(FiguresLine(width), Tone.Heading), line2]);
        _drillPanel?.Refresh();
        _renderedWidth = -1;
        RenderRows();
    }

    /// <summary>The first figures line within <paramref name="width"/>: a long cohort, then a long name, is shortened with …
    /// rather than wrapping the line and pushing the stars line off the screen.</summary>
    private string FiguresLine(int width)
    {
        var stats = _model.Summary;
        var name = _model.Trainee.Name;
        var cohort = _model.Trainee.Cohort ?? "—";
        string Line() => _text.Format("HomeLine1", name, cohort, stats.Level.Level, _text.LevelName(stats.Level.Level), stats.Experience, stats.Level.NextLevelAt);
        var over = Columns.Width(Line()) - width;
        if (over > 0)
            cohort = Columns.Shorten(cohort, Math.Max(MinShortened, Columns.Width(cohort) - over));
        over = Columns.Width(Line()) - width;
        if (over > 0)
            name = Columns.Shorten(name, Math.Max(MinShortened, Columns.Width(name) - over));
        return Line();
    }

    private const int MinShortened = 6;

    /// <summary>F6: the other languages' scenarios listed after the interface's (and counted in the stars), or hidden again.</summary>
    private void ToggleOtherLanguages()
    {
        _model.ToggleOtherLanguages();
        _catalog.Title = _text[_model.ShowOtherLanguages ? "CatalogAllLanguages" : "Catalog"];
        _list.SelectedItem = null;
        Refresh();
    }

    /// <summary>F5: the drill's first scenario, a practice call like any other.</summary>
    private void OpenDrill()
    {
        if (_drill?.Next is not { } scenario)
        {
            _message.Text = "✗ " + _text["DrillNothing"];
            return;
        }
        if (_model.HowToPlay(scenario, PlayMode.Practice) is not { } choice)
            return;
        _message.Text = "";
        _open(scenario, choice);
    }

    private void ApplyFilter()
    {
        _model.ApplyFilter(_filter.Text);
        _renderedWidth = -1;
        _list.SelectedItem = null;
        RenderRows();
    }

    private void RenderRows()
    {
        var width = Math.Max(_list.Viewport.Width, 40);
        if (width == _renderedWidth)
            return;
        _renderedWidth = width;
        var selected = _list.SelectedItem;
        _columns.Text = CatalogFormat.Header(_text, width);
        var rows = _model.Rows.Count == 0
            ? [_text["NoScenarios"]]
            : _model.Rows.Select(r => CatalogFormat.Row(r, _text, width));
        _list.SetSource(new ObservableCollection<string>(rows));
        var first = FirstScenarioRow();
        _list.SelectedItem = selected is { } s && s < _model.Rows.Count && !_model.Rows[s].IsHeading ? s : first;
    }

    private int? FirstScenarioRow()
    {
        var rows = _model.Rows;
        var index = rows.ToList().FindIndex(r => !r.IsHeading && !r.Locked);
        if (index < 0)
            index = rows.ToList().FindIndex(r => !r.IsHeading);
        return index < 0 ? null : index;
    }

    private void Open()
    {
        if (_list.SelectedItem is not { } index || index < 0 || index >= _model.Rows.Count)
            return;
        var row = _model.Rows[index];
        if (row.Scenario is null)
            return;
        if (row.Locked)
        {
            _message.Text = "✗ " + _text["LockedMessage"];
            return;
        }
        var choice = row.Course is { } entry ? _model.HowToPlay(entry) : _model.HowToPlay(row.Scenario, PlayMode.Practice);
        if (choice is null)
        {
            _message.Text = "✗ " + _text["ExamNoTriesLeft"];
            return;
        }
        _message.Text = "";
        _open(row.Scenario, choice);
    }
}
