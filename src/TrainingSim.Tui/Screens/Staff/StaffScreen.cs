using Terminal.Gui.Input;
using TrainingSim.Tui.Models.Staff;
using TrainingSim.Tui.Shell;
using TrainingSim.Tui.Widgets;

namespace TrainingSim.Tui.Screens.Staff;

/// <summary>What every staff screen shares: a full-size view with a title and keys, nothing to lose on leaving.</summary>
internal abstract class StaffScreen : Screen
{
    protected StaffScreen(StaffText text)
    {
        Strings = text;
    }

    protected StaffText Strings { get; }

    /// <summary>A staff action's outcome as one line: ✓ when it went well, ✗ otherwise.</summary>
    protected StyledLine MessageLine(StaffMessage message) =>
        new((message.Tone == Tone.Good ? "✓ " : "✗ ") + Strings.Format(message.Key, message.Args), message.Tone);

    /// <summary>Arrows scroll a page of text by a line, PageUp/PageDown and Space by a screen.</summary>
    protected void BindPageScrolling(TextBlock body)
    {
        BindScrolling(body);
        KeyBindings.Remove(Key.Space);
        KeyBindings.Add(Key.Space, Command.PageDown);
    }
}
