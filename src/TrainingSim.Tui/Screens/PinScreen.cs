using Humanizer;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;
using TrainingSim.Tui.Localization;
using TrainingSim.Tui.Models;
using TrainingSim.Tui.Shell;

namespace TrainingSim.Tui.Screens;

/// <summary>The PIN of the trainee picked at sign-in: typed twice at the first sign-in, once afterwards.
/// Nothing typed is shown.</summary>
internal sealed class PinScreen : Screen
{
    private readonly PinModel _model;
    private readonly UiText _text;
    private readonly TimeProvider _clock;
    private readonly Action _opened;
    private readonly TextField _pin;
    private readonly Label _confirmLabel;
    private readonly Label _confirmMark;
    private readonly TextField _confirm;
    private readonly Label _message;

    public PinScreen(PinModel model, UiText text, TimeProvider clock, Action opened)
    {
        _model = model;
        _text = text;
        _clock = clock;
        _opened = opened;

        var cohort = model.Trainee.Cohort is { } c ? $"（{c}）" : "";
        var who = new Label { X = 0, Y = 0, Width = Dim.Fill(), Text = text.Format("PinTrainee", model.Trainee.Name + cohort) };
        var prompt = new Label
        {
            X = 0, Y = 2, Width = Dim.Fill(), Height = 2,
            Text = model.SettingPin ? text.Format("PinNew", Core.Security.PinGate.MinimumLength, Core.Security.PinGate.MaximumLength) : text["PinEnter"],
        };
        _pin = new TextField { X = 2, Y = 4, Width = 20, Secret = true };
        _confirmLabel = new Label { X = 0, Y = 6, Width = Dim.Fill(), Text = text["PinConfirm"], Visible = model.SettingPin };
        _confirmMark = new Label { X = 0, Y = 7, Text = "›", Visible = model.SettingPin };
        _confirm = new TextField { X = 2, Y = 7, Width = 20, Secret = true, Visible = model.SettingPin };
        _message = new Label { X = 0, Y = 9, Width = Dim.Fill(), Text = "" };
        Add(who, prompt, new Label { X = 0, Y = 4, Text = "›" }, _pin, _confirmLabel, _confirmMark, _confirm, _message);
        Bind(Key.Enter, Command.Accept, Enter, text["KeyPinOpen"]);
    }

    protected override string ScreenTitle => _text["PinTitle"];

    public override void Shown() => _pin.SetFocus();

    private void Enter()
    {
        if (_pin.HasFocus && _model.SettingPin && _confirm.Text.Length == 0)
        {
            _confirm.SetFocus();
            return;
        }
        if (_model.Submit(_pin.Text, _confirm.Text))
        {
            _opened();
            return;
        }
        var message = _model.Message!;
        object?[] args = [.. message.Args.Select(a => a is DateTimeOffset until ? until.Humanize(_clock.GetUtcNow(), _text.Culture) : a)];
        _message.Text = "✗ " + _text.Format(message.Key, args);
        _pin.Text = "";
        _confirm.Text = "";
        _pin.SetFocus();
        SetNeedsDraw();
    }
}
