using Terminal.Gui.Input;
using Terminal.Gui.Views;

namespace TrainingSim.Tui.Shell;

/// <summary>Below 80×24, in place of the screens: says how big the terminal must be. It has the focus meanwhile and
/// takes every key but the application's quit key, so nothing typed reaches the hidden screen.</summary>
internal sealed class TooSmallNotice : Label
{
    public TooSmallNotice()
    {
        KeyBindings.Clear();
    }

    protected override bool OnKeyDown(Key key) =>
        App?.Keyboard.KeyBindings.GetCommands(key).Contains(Command.Quit) != true;
}
