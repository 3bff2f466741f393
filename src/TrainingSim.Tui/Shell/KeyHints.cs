using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace TrainingSim.Tui.Shell;

/// <summary>The status bar's entries, made from the key bindings: a hint shows the key bound to its command (the plain
/// one when a command has several, R before Shift+R), so the bar cannot show a key that does something else.</summary>
internal static class KeyHints
{
    /// <summary>The entry for <paramref name="hint"/>, a command of <paramref name="target"/> bound in
    /// <paramref name="bindings"/> (the screen's own, or the application's).</summary>
    public static Shortcut Shortcut(View target, KeyBindings bindings, KeyHint hint)
    {
        var key = KeyOf(bindings, hint.Command)
            ?? throw new InvalidOperationException($"The status bar lists {hint.Command} ({hint.Label}), which no key is bound to.");
        return new StatusKey(key, hint.Label, () => target.InvokeCommand(hint.Command));
    }

    public static Key? KeyOf(KeyBindings bindings, Command command) =>
        bindings.GetAllFromCommands(command).OrderBy(k => k.KeyCode).FirstOrDefault();

    /// <summary>Shows a key without binding it again: the key is bound where its command is, and a second binding here
    /// (Terminal.Gui's Shortcut binds its key as a hot key) would run it a second time, or while a question is open.
    /// A click still runs the command.</summary>
    private sealed class StatusKey : Shortcut
    {
        public StatusKey(Key key, string label, Action run)
            : base(key, label, run)
        {
            HotKeyBindings.Clear();
        }

        public override void EndInit()
        {
            base.EndInit();
            HotKeyBindings.Clear();
        }
    }
}
