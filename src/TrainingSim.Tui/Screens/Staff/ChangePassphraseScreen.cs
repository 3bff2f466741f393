using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;
using TrainingSim.Core.Security;
using TrainingSim.Tui.Models.Staff;
using TrainingSim.Tui.Shell;
using TrainingSim.Tui.Widgets;

namespace TrainingSim.Tui.Screens.Staff;

/// <summary>The signed-in role changes its passphrase: the current one, the new one twice (Enter moves from
/// field to field, then submits). Nothing typed is shown.</summary>
internal sealed class ChangePassphraseScreen : StaffScreen
{
    private readonly ChangePassphraseModel _model;
    private readonly TimeProvider _clock;
    private readonly TextField _current;
    private readonly TextField _replacement;
    private readonly TextField _confirm;
    private readonly TextBlock _message;

    public ChangePassphraseScreen(ChangePassphraseModel model, StaffText text, TimeProvider clock)
        : base(text)
    {
        _model = model;
        _clock = clock;
        var role = text[model.Role == Role.Lead ? "StaffRoleLead" : "StaffRoleTrainer"];
        _current = Field(2);
        _replacement = Field(5);
        _confirm = Field(8);
        _message = new TextBlock { X = 0, Y = 10, Width = Dim.Fill(), Height = 3 };
        Add(
            new Label { X = 0, Y = 0, Width = Dim.Fill(), Text = text.Format("StaffCurrentPassphrase", role) },
            new Label { X = 0, Y = 3, Width = Dim.Fill(), Text = text.Format("StaffReplacementPassphrase", PassphraseHasher.MinimumLength) },
            new Label { X = 0, Y = 6, Width = Dim.Fill(), Text = text["StaffConfirmPassphrase"] },
            _current, _replacement, _confirm, _message);
        Bind(Key.Enter, Command.Accept, Enter, text["StaffKeyUnlock"]);
    }

    protected override string ScreenTitle => Strings["StaffChangePassphraseTitle"];

    public override void Shown() => _current.SetFocus();

    private TextField Field(int y)
    {
        Add(new Label { X = 0, Y = y, Text = "›" });
        return new TextField { X = 2, Y = y, Width = 40, Secret = true };
    }

    private void Enter()
    {
        if (_current.HasFocus || _replacement.HasFocus)
        {
            (_current.HasFocus ? _replacement : _confirm).SetFocus();
            return;
        }
        var changed = _model.Submit(_current.Text, _replacement.Text, _confirm.Text);
        _current.Text = "";
        _replacement.Text = "";
        _confirm.Text = "";
        var message = _model.Message!;
        _message.SetLines([new StyledLine((changed ? "✓ " : "✗ ") + Strings.Message(message, _clock), message.Tone)]);
        _current.SetFocus();
    }
}
