using System.Collections.ObjectModel;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;
using TrainingSim.Core.Security;
using TrainingSim.Tui.Models.Staff;
using TrainingSim.Tui.Shell;
using TrainingSim.Tui.Widgets;

namespace TrainingSim.Tui.Screens.Staff;

/// <summary>Role entry for trainers and team leads: pick the role, type its passphrase (twice when it is
/// set for the first time). Wrong passphrases, lockouts and too-short passphrases are said on the screen.</summary>
internal sealed class StaffUnlockScreen : StaffScreen
{
    private static readonly Role[] Roles = [Role.Trainer, Role.Lead];

    private readonly StaffUnlockModel _model;
    private readonly TimeProvider _clock;
    private readonly Action<Session> _unlocked;
    private readonly ListView _roles;
    private readonly Label _prompt;
    private readonly TextField _passphrase;
    private readonly Label _confirmLabel;
    private readonly TextField _confirm;
    private readonly Label _confirmMark;
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
        _roles.SetSource(new ObservableCollection<string>(Roles.Select(RoleName)));
        _roles.SelectedItem = 0;
        _roles.ValueChanged += (_, _) => RoleChanged();
        roleFrame.Add(_roles);

        _prompt = new Label { X = 0, Y = 7, Width = Dim.Fill(), Text = "" };
        _passphrase = new TextField { X = 2, Y = 8, Width = 40, Secret = true };
        _confirmLabel = new Label { X = 0, Y = 10, Width = Dim.Fill(), Text = text["StaffConfirmPassphrase"] };
        _confirm = new TextField { X = 2, Y = 11, Width = 40, Secret = true };
        _confirmMark = new Label { X = 0, Y = 11, Text = "›" };
        _message = new TextBlock { X = 0, Y = 13, Width = Dim.Fill(), Height = 3 };
        Add(intro, roleFrame, _prompt, new Label { X = 0, Y = 8, Text = "›" }, _passphrase, _confirmLabel, _confirmMark, _confirm, _message);

        Keys = [new KeyAction(Key.Enter, text["StaffKeyUnlock"], Enter)];
        RoleChanged();
    }

    protected override string ScreenTitle => Strings["StaffUnlockTitle"];

    public override void Shown() => _roles.SetFocus();

    private string RoleName(Role role) => Strings[role == Role.Lead ? "StaffRoleLead" : "StaffRoleTrainer"];

    private void RoleChanged()
    {
        if (_roles.SelectedItem is { } index && index >= 0 && index < Roles.Length)
            _model.Role = Roles[index];
        var setting = _model.SettingPassphrase;
        _prompt.Text = Strings.Format(setting ? "StaffNewPassphrase" : "StaffEnterPassphrase", RoleName(_model.Role));
        _confirmLabel.Visible = setting;
        _confirm.Visible = setting;
        _confirmMark.Visible = setting;
        _passphrase.Text = "";
        _confirm.Text = "";
        _message.SetLines([]);
    }

    private void Enter()
    {
        if (_roles.HasFocus)
        {
            RoleChanged();
            _passphrase.SetFocus();
            return;
        }
        if (_passphrase.HasFocus && _model.SettingPassphrase && _confirm.Text.Length == 0)
        {
            _confirm.SetFocus();
            return;
        }
        var session = _model.Submit(_passphrase.Text, _confirm.Text);
        if (session is not null)
        {
            _passphrase.Text = "";
            _confirm.Text = "";
            _unlocked(session);
            return;
        }
        var message = _model.Message!;
        _message.SetLines([new StyledLine("✗ " + Strings.Message(message, _clock), message.Tone)]);
        _passphrase.Text = "";
        _confirm.Text = "";
        _passphrase.SetFocus();
    }
}
