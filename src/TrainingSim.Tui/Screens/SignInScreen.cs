using System.Collections.ObjectModel;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;
using TrainingSim.Core.Progress;
using TrainingSim.Tui.Localization;
using TrainingSim.Tui.Models;
using TrainingSim.Tui.Shell;

namespace TrainingSim.Tui.Screens;

/// <summary>Pick a trainee from the list, or create one with a name and a cohort.</summary>
internal sealed class SignInScreen : View, IScreen
{
    private readonly SignInModel _model;
    private readonly UiText _text;
    private readonly Action<Trainee> _signedIn;
    private readonly ListView _list;
    private readonly TextField _name;
    private readonly TextField _cohort;
    private readonly Label _error;

    public SignInScreen(SignInModel model, UiText text, Action<Trainee> signedIn, Action? staff = null)
    {
        _model = model;
        _text = text;
        _signedIn = signedIn;
        Width = Dim.Fill();
        Height = Dim.Fill();
        CanFocus = true;

        var pick = new FrameView { Title = text["SignInPick"], X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill(7) };
        _list = new ListView { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill() };
        pick.Add(_list);

        var create = new FrameView { Title = text["SignInNew"], X = 0, Y = Pos.AnchorEnd(7), Width = Dim.Fill(), Height = 7 };
        var nameLabel = new Label { X = 1, Y = 0, Text = text["SignInName"] };
        _name = new TextField { X = 12, Y = 0, Width = Dim.Fill(1) };
        var cohortLabel = new Label { X = 1, Y = 2, Text = text["SignInCohort"] };
        _cohort = new TextField { X = 12, Y = 2, Width = Dim.Fill(1) };
        _error = new Label { X = 1, Y = 4, Width = Dim.Fill(1), Text = "" };
        create.Add(nameLabel, _name, cohortLabel, _cohort, _error);
        Add(pick, create);
        Fill();

        Keys =
        [
            new KeyAction(Key.Enter, text["KeyEnterSignIn"], Enter),
            new KeyAction(Key.F2, text["KeyNewTrainee"], () => _name.SetFocus()),
            new KeyAction(Key.Tab, text["KeyNextField"], NextField),
        ];
        if (staff is not null)
            Keys = [.. Keys, new KeyAction(Key.F9, text["StaffKeyEntry"], staff)];
    }

    View IScreen.View => this;

    string IScreen.Title => _text["SignInTitle"];

    public IReadOnlyList<KeyAction> Keys { get; }

    public string? LeaveQuestion => null;

    public void Leave()
    {
    }

    public bool HandleKey(Key key) => false;

    public void Shown()
    {
        if (_model.Trainees.Count > 0)
            _list.SetFocus();
        else
            _name.SetFocus();
    }

    private void Fill()
    {
        var rows = _model.Trainees.Count == 0
            ? [_text["SignInNoTrainees"]]
            : _model.Trainees.Select(t => t.Cohort is null ? t.Name : $"{t.Name}  ({t.Cohort})");
        _list.SetSource(new ObservableCollection<string>(rows));
        if (_model.Trainees.Count > 0)
            _list.SelectedItem = 0;
    }

    private void Enter()
    {
        if (_name.HasFocus)
        {
            _cohort.SetFocus();
            return;
        }
        if (_cohort.HasFocus)
        {
            Create();
            return;
        }
        if (_list.SelectedItem is { } index && index >= 0 && index < _model.Trainees.Count)
            _signedIn(_model.Trainees[index]);
        else if (_model.Trainees.Count == 0)
            _name.SetFocus();
    }

    /// <summary>Tab: list → name → cohort → list.</summary>
    private void NextField()
    {
        if (_list.HasFocus)
            _name.SetFocus();
        else if (_name.HasFocus)
            _cohort.SetFocus();
        else
            _list.SetFocus();
    }

    private void Create()
    {
        if (_model.Create(_name.Text, _cohort.Text) is { } trainee)
        {
            _name.Text = "";
            _cohort.Text = "";
            _error.Text = "";
            Fill();
            _signedIn(trainee);
            return;
        }
        _error.Text = "✗ " + _text[_model.Error!];
        _name.SetFocus();
    }
}
