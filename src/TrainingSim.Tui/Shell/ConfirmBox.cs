using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;
using TrainingSim.Tui.Localization;

namespace TrainingSim.Tui.Shell;

/// <summary>An inline yes/no question over the screen (Y or Enter: yes; N or Esc: no). While open it has the focus
/// and takes every key, so the screen below and the application's keys wait for the answer.</summary>
internal sealed class ConfirmBox : FrameView
{
    private readonly Label _question;
    private Action? _onYes;
    private View? _focusBefore;

    public ConfirmBox(UiText text)
    {
        X = Pos.Center();
        Y = Pos.Center();
        Width = Dim.Percent(70);
        Height = 5;
        Title = text["ConfirmTitle"];
        Visible = false;
        CanFocus = false;
        _question = new Label { X = 1, Y = 0, Width = Dim.Fill(1) };
        var keys = new Label { X = 1, Y = 2, Width = Dim.Fill(1), Text = text["ConfirmKeys"] };
        Add(_question, keys);
        AddCommand(Command.Accept, () => Answer(yes: true));
        AddCommand(Command.Cancel, () => Answer(yes: false));
        KeyBindings.Clear();
        foreach (var yes in new[] { Key.Y, Key.Y.WithShift, Key.Enter })
            KeyBindings.Add(yes, Command.Accept);
        foreach (var no in new[] { Key.N, Key.N.WithShift, Key.Esc })
            KeyBindings.Add(no, Command.Cancel);
    }

    public bool IsOpen => Visible;

    public void Ask(string question, Action onYes)
    {
        _question.Text = question;
        _onYes = onYes;
        _focusBefore = App?.Navigation?.GetFocused();
        Visible = true;
        CanFocus = true;
        SuperView?.MoveSubViewToEnd(this);
        SetFocus();
        SetNeedsDraw();
    }

    protected override bool OnKeyDownNotHandled(Key key) => IsOpen;

    private bool Answer(bool yes)
    {
        Visible = false;
        CanFocus = false;
        if (_focusBefore is { SuperView: not null } before)
            before.SetFocus();
        _focusBefore = null;
        var action = _onYes;
        _onYes = null;
        SuperView?.SetNeedsDraw();
        return !yes || action is null || Screen.Guarded(() =>
        {
            action();
            return true;
        });
    }
}
