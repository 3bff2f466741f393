using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;
using TrainingSim.Tui.Localization;

namespace TrainingSim.Tui.Shell;

/// <summary>An inline yes/no question over the screen (Y or Enter: yes; N or Esc: no).</summary>
internal sealed class ConfirmBox : FrameView
{
    private readonly Label _question;
    private Action? _onYes;

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
    }

    public bool IsOpen => Visible;

    public void Ask(string question, Action onYes)
    {
        _question.Text = question;
        _onYes = onYes;
        Visible = true;
        SuperView?.MoveSubViewToEnd(this);
        SetNeedsDraw();
    }

    public void Answer(bool yes)
    {
        Visible = false;
        var action = _onYes;
        _onYes = null;
        SuperView?.SetNeedsDraw();
        if (yes)
            action?.Invoke();
    }
}
