using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using TrainingSim.Core.Progress;
using TrainingSim.Tui.Widgets;

namespace TrainingSim.Tui.Shell;

/// <summary>What every screen shares: a full-size view whose commands are Terminal.Gui commands (<c>AddCommand</c>)
/// bound to keys in its own <see cref="View.KeyBindings"/>. A key reaches them when the focused field inside the screen
/// does not take it (Terminal.Gui offers a key to the most focused view first), and before the application's keys
/// (Ctrl+Q, Esc). A screen that wants a key a field would take removes it from that field's bindings.</summary>
internal abstract class Screen : View, IScreen
{
    private IReadOnlyList<KeyHint> _hints = [];

    protected Screen()
    {
        Width = Dim.Fill();
        Height = Dim.Fill();
        CanFocus = true;
    }

    public event EventHandler? HintsChanged;

    View IScreen.View => this;

    string IScreen.Title => ScreenTitle;

    public IReadOnlyList<KeyHint> Hints
    {
        get => _hints;
        protected set
        {
            _hints = value;
            HintsChanged?.Invoke(this, EventArgs.Empty);
        }
    }

    public virtual string? LeaveQuestion => null;

    protected abstract string ScreenTitle { get; }

    public virtual void Leave()
    {
    }

    public virtual void Shown()
    {
    }

    /// <summary>Binds <paramref name="key"/> to <paramref name="command"/>, which runs <paramref name="run"/>; listed in the
    /// status bar when given a <paramref name="hint"/>.</summary>
    protected void Bind(Key key, Command command, Action run, string? hint = null) =>
        BindWhen(key, command, () =>
        {
            run();
            return true;
        }, hint);

    /// <summary>As <see cref="Bind"/> for a command that applies only in some states: when <paramref name="run"/>
    /// returns false the key goes on (to the application's bindings).</summary>
    protected void BindWhen(Key key, Command command, Func<bool> run, string? hint = null)
    {
        AddCommand(command, () => Guarded(run));
        KeyBindings.Remove(key);
        KeyBindings.Add(key, command);
        if (hint is not null)
            Hints = [.. Hints, new KeyHint(command, hint)];
    }

    /// <summary>The arrows scroll <paramref name="body"/> by a line, PageUp and PageDown by a screen.</summary>
    protected void BindScrolling(TextBlock body, string? pageDownHint = null)
    {
        int Page() => Math.Max(1, body.Viewport.Height - 1);
        Bind(Key.CursorDown, Command.ScrollDown, () => body.Scroll(1));
        Bind(Key.CursorUp, Command.ScrollUp, () => body.Scroll(-1));
        Bind(Key.PageDown, Command.PageDown, () => body.Scroll(Page()), pageDownHint);
        Bind(Key.PageUp, Command.PageUp, () => body.Scroll(-Page()));
    }

    /// <summary>Runs a command; a store failure inside it has been reported by the store (the message and the retry
    /// follow), so the key counts as handled and the screen stays as it was.</summary>
    internal static bool Guarded(Func<bool> run)
    {
        try
        {
            return run();
        }
        catch (ProgressStoreException)
        {
            return true;
        }
    }
}
