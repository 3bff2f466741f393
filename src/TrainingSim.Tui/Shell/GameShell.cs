using System.Drawing;
using Terminal.Gui.App;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;
using TrainingSim.Tui.Localization;

namespace TrainingSim.Tui.Shell;

/// <summary>The one window: a title line, the current screen, the status bar with the screen's keys.
/// Keeps the screen stack; Ctrl+Q quits from anywhere (asking first when a screen would lose
/// something), Esc goes back one screen. Both are the shell's commands bound on the application, so they apply
/// whatever has the focus, after the screen and its fields had the key; the status bar lists them from the same
/// bindings as the screen's own.</summary>
internal sealed class GameShell : Runnable
{
    private const int StoreProblemRows = 2;

    /// <summary>The smallest terminal the screens are laid out for.</summary>
    public const int MinWidth = 80;
    public const int MinHeight = 24;

    private readonly IApplication _app;
    private readonly UiText _text;
    private readonly string _databasePath;
    private readonly Stack<IScreen> _screens = new();
    private readonly Label _titleLine;
    private readonly Label _syncLine;
    private readonly Label _storeProblem;
    private readonly Label _storeReason;
    private readonly TooSmallNotice _tooSmall;
    private readonly View _host;
    private readonly ConfirmBox _confirm;
    private StatusBar? _statusBar;
    private View? _focusBeforeTooSmall;

    public GameShell(IApplication app, UiText text, string databasePath)
    {
        _app = app;
        _text = text;
        _databasePath = databasePath;
        Width = Dim.Fill();
        Height = Dim.Fill();
        _syncLine = new Label { X = Pos.AnchorEnd(), Y = 0, Width = Dim.Auto(), Height = 1 };
        _titleLine = new Label { X = 0, Y = 0, Width = Dim.Fill() - Dim.Width(_syncLine) - 1, Height = 1 };
        _storeProblem = new Label { X = 0, Y = 1, Width = Dim.Fill(), Height = 1, Visible = false };
        _storeReason = new Label { X = 0, Y = 2, Width = Dim.Fill(), Height = 1, Visible = false };
        _host = new View { X = 0, Y = 1, Width = Dim.Fill(), Height = Dim.Fill(1), CanFocus = true };
        _confirm = new ConfirmBox(text);
        _tooSmall = new TooSmallNotice { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill(), Visible = false };
        Add(_titleLine, _syncLine, _storeProblem, _storeReason, _host, _confirm, _tooSmall);
        AddCommand(Command.Quit, () =>
        {
            RequestQuit();
            return true;
        });
        AddCommand(Command.Cancel, () =>
        {
            RequestBack();
            return true;
        });
        // Terminal.Gui binds Esc to quitting the application; here Esc goes back and Ctrl+Q quits.
        var keys = _app.Keyboard.KeyBindings;
        keys.Remove(QuitKey);
        keys.Remove(BackKey);
        keys.AddApp(QuitKey, this, Command.Quit);
        keys.AddApp(BackKey, this, Command.Cancel);
    }

    /// <summary>The application's key for quitting (Ctrl+Q) and for going back (Esc).</summary>
    private static Key QuitKey => Key.Q.WithCtrl;

    private static Key BackKey => Key.Esc;

    /// <summary>The trainee asked to quit and confirmed (the application has been asked to stop).</summary>
    public bool QuitRequested { get; private set; }

    public IScreen? Current => _screens.Count > 0 ? _screens.Peek() : null;

    /// <summary>Shown after the app name in the title line (the trainee signed in).</summary>
    public string? Who { get; set; }

    /// <summary>The LRS sync's state, at the right end of the title line (the key bar below has no room left at
    /// 80 columns); null without an LRS.</summary>
    public string? SyncState
    {
        get => _syncLine.Text is { Length: > 0 } text ? text : null;
        set
        {
            _syncLine.Text = value ?? "";
            SetNeedsLayout();
            SetNeedsDraw();
        }
    }

    public void Push(IScreen screen)
    {
        if (Current is { } old)
            _host.Remove(old.View);
        _screens.Push(screen);
        screen.HintsChanged += OnHintsChanged;
        ShowCurrent();
    }

    /// <summary>Replaces the current screen (the call by its scorecard).</summary>
    public void Replace(IScreen screen)
    {
        if (_screens.TryPop(out var old))
            Drop(old);
        Push(screen);
    }

    /// <summary>Goes back to the first screen of type <typeparamref name="T"/> below the current one.</summary>
    public void PopTo<T>()
        where T : IScreen
    {
        while (_screens.Count > 1 && Current is not T)
            Drop(_screens.Pop());
        ShowCurrent();
    }

    public void Back()
    {
        if (_screens.Count <= 1)
            return;
        Drop(_screens.Pop());
        ShowCurrent();
    }

    /// <summary>Redraws the current screen's title and keys (after its state changed).</summary>
    public void Refresh()
    {
        if (Current is not { } screen)
            return;
        var who = Who is null ? "" : $" · {Who}";
        _titleLine.Text = $"{_text["AppName"]} · {screen.Title}{who} · {_text["Database"]}: {_databasePath}";
        if (_statusBar is not null)
        {
            Remove(_statusBar);
            _statusBar.Dispose();
        }
        var shortcuts = screen.Hints.Select(h => KeyHints.Shortcut(screen.View, screen.View.KeyBindings, h)).ToList();
        if (_screens.Count > 1)
            shortcuts.Add(KeyHints.Shortcut(this, _app.Keyboard.KeyBindings, new KeyHint(Command.Cancel, _text["KeyBack"])));
        shortcuts.Add(KeyHints.Shortcut(this, _app.Keyboard.KeyBindings, new KeyHint(Command.Quit, _text["KeyQuit"])));
        // The bar shows keys and takes clicks, never the focus: the keys are bound on the screen and the application.
        _statusBar = new StatusBar(shortcuts) { CanFocus = false };
        Add(_statusBar);
        SetNeedsLayout();
        SetNeedsDraw();
    }

    /// <summary>Shows (or, with null, hides) why the database refuses the game's writes, above the screen.</summary>
    public void ShowStoreProblem(string? problem, int keptWrites)
    {
        _storeProblem.Visible = _storeReason.Visible = problem is not null;
        _storeProblem.Text = problem is null ? "" : _text.Format("StoreProblem", keptWrites);
        _storeReason.Text = problem ?? "";
        _host.Y = problem is null ? 1 : 1 + StoreProblemRows;
        SetNeedsLayout();
        SetNeedsDraw();
    }

    /// <summary>Below 80×24 the screens would squeeze: one message instead, and no key but Ctrl+Q is taken.</summary>
    public bool TooSmall => Frame.Width < MinWidth || Frame.Height < MinHeight;

    protected override void OnFrameChanged(in Rectangle frame)
    {
        base.OnFrameChanged(frame);
        var small = frame.Width < MinWidth || frame.Height < MinHeight;
        var wasSmall = _tooSmall.Visible;
        _tooSmall.Text = small ? _text.Format("TooSmall", frame.Width, frame.Height, MinWidth, MinHeight) : "";
        _tooSmall.Visible = small;
        _host.Visible = _titleLine.Visible = _syncLine.Visible = !small;
        if (_statusBar is not null)
            _statusBar.Visible = !small;
        if (small && !wasSmall)
        {
            // The notice takes the focus, and with it every key (TooSmallNotice); the view that had it gets it back.
            _focusBeforeTooSmall = _app.Navigation?.GetFocused();
            _tooSmall.CanFocus = true;
            _tooSmall.SetFocus();
        }
        else if (!small && wasSmall)
        {
            _tooSmall.CanFocus = false;
            if (_focusBeforeTooSmall is { SuperView: not null } field)
                field.SetFocus();
            _focusBeforeTooSmall = null;
        }
    }

    public void RequestQuit()
    {
        if (Current?.LeaveQuestion is { } question)
        {
            _confirm.Ask(question + " " + _text["QuitQuestion"], () =>
            {
                Current?.Leave();
                Quit();
            });
            return;
        }
        Quit();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _app.Keyboard.KeyBindings.Remove(QuitKey);
            _app.Keyboard.KeyBindings.Remove(BackKey);
            foreach (var screen in _screens)
                screen.View.Dispose();
        }
        base.Dispose(disposing);
    }

    private void Quit()
    {
        QuitRequested = true;
        _app.RequestStop(this);
    }

    private void RequestBack()
    {
        if (_screens.Count <= 1)
            return;
        if (Current?.LeaveQuestion is { } question)
        {
            _confirm.Ask(question, () =>
            {
                Current?.Leave();
                Back();
            });
            return;
        }
        Back();
    }

    private void ShowCurrent()
    {
        if (Current is not { } screen)
            return;
        if (!_host.SubViews.Contains(screen.View))
            _host.Add(screen.View);
        Refresh();
        screen.Shown();
    }

    private void Drop(IScreen screen)
    {
        screen.HintsChanged -= OnHintsChanged;
        _host.Remove(screen.View);
        screen.View.Dispose();
    }

    private void OnHintsChanged(object? sender, EventArgs e)
    {
        if (ReferenceEquals(sender, Current))
            Refresh();
    }
}
