using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using TrainingSim.Tui.Models.Staff;
using TrainingSim.Tui.Shell;
using TrainingSim.Tui.Widgets;

namespace TrainingSim.Tui.Screens.Staff;

/// <summary>What every staff screen shares: a full-size view with a title and keys, nothing to lose on leaving.</summary>
internal abstract class StaffScreen : View, IScreen
{
    protected StaffScreen(StaffText text)
    {
        Strings = text;
        Width = Dim.Fill();
        Height = Dim.Fill();
        CanFocus = true;
    }

    protected StaffText Strings { get; }

    View IScreen.View => this;

    string IScreen.Title => ScreenTitle;

    protected abstract string ScreenTitle { get; }

    public IReadOnlyList<KeyAction> Keys { get; protected set; } = [];

    public virtual string? LeaveQuestion => null;

    public virtual void Leave()
    {
    }

    public virtual bool HandleKey(Key key) => false;

    public virtual void Shown()
    {
    }

    /// <summary>A staff action's outcome as one line: ✓ when it went well, ✗ otherwise.</summary>
    protected StyledLine MessageLine(StaffMessage message) =>
        new((message.Tone == Tone.Good ? "✓ " : "✗ ") + Strings.Format(message.Key, message.Args), message.Tone);

    /// <summary>Arrows scroll a page of text by a line, PageUp/PageDown and Space by a screen.</summary>
    protected static bool Scroll(TextBlock body, Key key)
    {
        var page = Math.Max(1, body.Viewport.Height - 1);
        var rows = key == Key.CursorDown ? 1
            : key == Key.CursorUp ? -1
            : key == Key.PageDown || key == Key.Space ? page
            : key == Key.PageUp ? -page
            : 0;
        if (rows == 0)
            return false;
        body.Scroll(rows);
        return true;
    }
}
