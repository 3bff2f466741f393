using System.Collections.ObjectModel;
using Terminal.Gui.App;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;
using TrainingSim.Core.Progress;
using TrainingSim.Tui.Localization;
using TrainingSim.Tui.Models;
using TrainingSim.Tui.Shell;

namespace TrainingSim.Tui.Screens;

/// <summary>Pick a trainee from the list (pinyin order, narrowed by the search), or create one with a name and
/// a cohort. The list is read again every <see cref="RefreshEvery"/>, so a trainee added in another window appears.</summary>
internal sealed class SignInScreen : Screen
{
    public static readonly TimeSpan RefreshEvery = TimeSpan.FromSeconds(2);

    private readonly IApplication _app;
    private readonly SignInModel _model;
    private readonly UiText _text;
    private readonly Action<Trainee> _signedIn;
    private readonly Action _shown;
    private readonly TextField _search;
    private readonly ListView _list;
    private readonly TextField _name;
    private readonly TextField _cohort;
    private readonly Label _error;
    private object? _timer;

    /// <param name="shown">Called each time the screen is shown again (nobody is signed in then).</param>
    public SignInScreen(IApplication app, SignInModel model, UiText text, Action<Trainee> signedIn, Action shown, Action? staff = null)
    {
        _app = app;
        _model = model;
        _text = text;
        _signedIn = signedIn;
        _shown = shown;

        var searchLabel = new Label { X = 0, Y = 0, Text = text["SignInSearch"] };
        _search = new TextField { X = Pos.Right(searchLabel) + 1, Y = 0, Width = Dim.Fill() };
        _search.TextChanged += (_, _) =>
        {
            _model.Search = _search.Text;
            Fill();
        };
        var pick = new FrameView { Title = text["SignInPick"], X = 0, Y = 1, Width = Dim.Fill(), Height = Dim.Fill(7) };
        _list = new ListView { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill() };
        pick.Add(_list);

        var create = new FrameView { Title = text["SignInNew"], X = 0, Y = Pos.AnchorEnd(7), Width = Dim.Fill(), Height = 7 };
        var nameLabel = new Label { X = 1, Y = 0, Text = text["SignInName"] };
        _error = new Label { X = 1, Y = 4, Width = Dim.Fill(1), Text = "" };
        _name = new TextField { X = 12, Y = 0, Width = Dim.Fill(1) };
        _name.TextChanged += (_, _) =>
        {
            if (_error.Text.Length > 0 && _name.Text.Trim().Length > 0)
                ShowError(null);
        };
        var cohortLabel = new Label { X = 1, Y = 2, Text = text["SignInCohort"] };
        _cohort = new TextField { X = 12, Y = 2, Width = Dim.Fill(1) };
        create.Add(nameLabel, _name, cohortLabel, _cohort, _error);
        Add(searchLabel, _search, pick, create);
        Fill();

        Bind(Key.Enter, Command.Accept, Enter, text["KeyEnterSignIn"]);
        Bind(Key.F2, Command.New, () => _name.SetFocus(), text["KeyNewTrainee"]);
        Bind(Key.F.WithCtrl, Command.Find, () => _search.SetFocus(), text["KeySearch"]);
        // A text field moves the cursor on Ctrl+F; here it goes to the search.
        _name.KeyBindings.Remove(Key.F.WithCtrl);
        _cohort.KeyBindings.Remove(Key.F.WithCtrl);
        if (staff is not null)
            Bind(Key.F9, Command.Open, staff, text["StaffKeyEntry"]);
        // Tab moves between the fields (not in the status bar: 80 columns hold the other keys only).
        Bind(Key.Tab, Command.NextTabStop, NextField);
        BindWhen(Key.CursorDown, Command.Down, ToList);
        _timer = _app.AddTimeout(RefreshEvery, Refresh);
    }

    protected override string ScreenTitle => _text["SignInTitle"];

    public override void Shown()
    {
        _shown();
        _model.Reload();
        Fill();
        if (_model.HasTrainees)
            _list.SetFocus();
        else
            _name.SetFocus();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && _timer is not null)
        {
            _app.RemoveTimeout(_timer);
            _timer = null;
        }
        base.Dispose(disposing);
    }

    private bool Refresh()
    {
        if (_model.Reload())
            Fill();
        return true;
    }

    /// <summary>Shows the trainees, keeping the selected one selected.</summary>
    private void Fill()
    {
        var selected = Selected()?.Name;
        var rows = _model.Trainees.Count > 0
            ? _model.Trainees.Select(t => t.Cohort is null ? t.Name : $"{t.Name}  ({t.Cohort})")
            : [_text[_model.HasTrainees ? "SignInNoMatch" : "SignInNoTrainees"]];
        _list.SetSource(new ObservableCollection<string>(rows));
        if (_model.Trainees.Count > 0)
            _list.SelectedItem = Math.Max(0, _model.Trainees.ToList().FindIndex(t => t.Name == selected));
        SetNeedsDraw();
    }

    private Trainee? Selected() =>
        _list.SelectedItem is { } index && index >= 0 && index < _model.Trainees.Count ? _model.Trainees[index] : null;

    private void Enter()
    {
        if (_search.HasFocus)
        {
            if (_model.Trainees.Count > 0)
                _list.SetFocus();
            return;
        }
        if (_name.HasFocus)
        {
            if (_name.Text.Trim().Length == 0)
                ShowError(new FormMessage("ErrorNameEmpty"));
            else
                _cohort.SetFocus();
            return;
        }
        if (_cohort.HasFocus)
        {
            Create();
            return;
        }
        if (Selected() is { } trainee)
            _signedIn(trainee);
        else if (!_model.HasTrainees)
            _name.SetFocus();
    }

    /// <summary>Down from the search: to the list, when it has anyone.</summary>
    private bool ToList()
    {
        if (!_search.HasFocus || _model.Trainees.Count == 0)
            return false;
        _list.SetFocus();
        return true;
    }

    /// <summary>Tab: search → list → name → cohort → search.</summary>
    private void NextField()
    {
        if (_search.HasFocus)
            _list.SetFocus();
        else if (_list.HasFocus)
            _name.SetFocus();
        else if (_name.HasFocus)
            _cohort.SetFocus();
        else
            _search.SetFocus();
    }

    private void Create()
    {
        if (_model.Create(_name.Text, _cohort.Text) is { } trainee)
        {
            _name.Text = "";
            _cohort.Text = "";
            ShowError(null);
            Fill();
            _signedIn(trainee);
            return;
        }
        ShowError(_model.Error);
        _name.SetFocus();
    }

    private void ShowError(FormMessage? error)
    {
        _error.Text = error is null ? "" : "✗ " + _text.Format(error.Key, error.Args);
        SetNeedsDraw();
    }
}
