using System.Collections.ObjectModel;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;
using TrainingSim.Core.Security;
using TrainingSim.Tui.Models.Staff;
using TrainingSim.Tui.Shell;
using TrainingSim.Tui.Widgets;

namespace TrainingSim.Tui.Screens.Staff;

/// <summary>Role entry for trainers and team leads: pick the role, type its passphrase. A role with no
/// passphrase says how to set one at a terminal (<c>trainingsim staff passphrase --role …</c>) and takes no
/// input. Wrong passphrases and lockouts are said on the screen. Typing on the role list types the passphrase:
/// the list does not search as you type (a letter would change the role), and a key it leaves unhandled that
/// Terminal.Gui counts as typed text moves to the passphrase field and is typed there.</summary>
internal sealed class StaffUnlockScreen : StaffScreen
{
    private static readonly Role[] Roles = [Role.Trainer, Role.Lead];

    private readonly StaffUnlockModel _model;
    private readonly TimeProvider _clock;
    private readonly Action<Session> _unlocked;
    private readonly ListView _roles;
    private readonly ICollectionNavigatorMatcher _typing;
    private readonly TextBlock _prompt;
    private readonly Label _mark;
    private readonly TextField _passphrase;
    private readonly TextBlock _message;

    public StaffUnlockScreen(StaffUnlockModel model, StaffText text, TimeProvider clock, Action<Session> unlocked)
        : base(text)
    {
        _model = model;
        _clock = clock;
        _unlocked = unlocked;

        var intro = new TextBlock { X = 0, Y = 0, Width = Dim.Fill(), Height = 2 };
        intro.SetLines([new StyledLine(text["StaffUnlockIntro"], Tone.Narrator)]);
        var roleFrame = new FrameView { Title = text["StaffRole"], X = 0, Y = 2, Width = Dim.Fill(), Height = 4 };
        _roles = new ListView { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill() };
        // What Terminal.Gui counts as a typed character (a printable rune, no Ctrl or Alt) is the test the list's
        // search-as-you-type applies; the search itself goes, so a letter never changes the role.
        _typing = _roles.KeystrokeNavigator!.Matcher;
        _roles.KeystrokeNavigator = null;
        _roles.SetSource(new ObservableCollection<string>(Roles.Select(RoleName)));
        _roles.SelectedItem = 0;
        _roles.ValueChanged += (_, _) => RoleChanged();
        _roles.KeyDownNotHandled += (_, key) => TypeIntoPassphrase(key);
        roleFrame.Add(_roles);

        // The prompt's extra rows hold the how-to-set line of a role with no passphrase (the field is hidden then).
        _prompt = new TextBlock { X = 0, Y = 7, Width = Dim.Fill(), Height = 4 };
        _mark = new Label { X = 0, Y = 8, Text = "›" };
        _passphrase = new TextField { X = 2, Y = 8, Width = 40, Secret = true };
        _message = new TextBlock { X = 0, Y = 13, Width = Dim.Fill(), Height = 3 };
        Add(intro, roleFrame, _prompt, _mark, _passphrase, _message);

        Bind(Key.Enter, Command.Accept, Enter, text["StaffKeyUnlock"]);
        RoleChanged();
    }

    protected override string ScreenTitle => Strings["StaffUnlockTitle"];

    public override void Shown() => _roles.SetFocus();

    private string RoleName(Role role) => Strings[role == Role.Lead ? "StaffRoleLead" : "StaffRoleTrainer"];

    private void RoleChanged()
    {
        if (_roles.SelectedItem is { } index && index >= 0 && index < Roles.Length)
            _model.Role = Roles[index];
        var open = _model.CanUnlock;
        _prompt.SetLines(open
            ? [new StyledLine(Strings.Format("StaffEnterPassphrase", RoleName(_model.Role)), Tone.Normal)]
            : [.. Strings.Format("StaffNoPassphraseYet", RoleName(_model.Role), _model.Role == Role.Lead ? "lead" : "trainer")
                .Split('\n').Select(line => new StyledLine(line, Tone.Warning))]);
        _mark.Visible = open;
        _passphrase.Visible = open;
        _passphrase.Text = "";
        _message.SetLines([]);
    }

    /// <summary>A character typed on the role list is the start of the passphrase: the field takes the focus and
    /// the key, the role stays as selected. Keys that are not typed text (↑↓, Enter, Esc, F-keys, Ctrl+…) go on as
    /// before.</summary>
    private void TypeIntoPassphrase(Key key)
    {
        if (!_passphrase.Visible || !_typing.IsCompatibleKey(key))
            return;
        _passphrase.SetFocus();
        key.Handled = _passphrase.NewKeyDownEvent(key);
    }

    private void Enter()
    {
        if (_roles.HasFocus || !_model.CanUnlock)
        {
            RoleChanged();
            if (_model.CanUnlock)
                _passphrase.SetFocus();
            return;
        }
        var session = _model.Submit(_passphrase.Text);
        _passphrase.Text = "";
        if (session is not null)
        {
            _unlocked(session);
            return;
        }
        var message = _model.Message!;
        _message.SetLines([new StyledLine("✗ " + Strings.Message(message, _clock), message.Tone)]);
        _passphrase.SetFocus();
    }
}
