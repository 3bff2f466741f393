using System.Drawing;
using Terminal.Gui.App;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;
using TrainingSim.Core.Progress;
using TrainingSim.Tui.Localization;

namespace TrainingSim.Tui.Shell;

/// <summary>The one window: a title line, the current screen, the status bar with the screen's keys.
/// Keeps the screen stack; Ctrl+Q quits from anywhere (asking first when a screen would lose
/// something), Esc goes back one screen.</summary>
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
    private readonly Label _tooSmall;
    private readonly View _host;
    private readonly ConfirmBox _confirm;
    private StatusBar? _statusBar;
    private IReadOnlyList<KeyAction>? _shownKeys;

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
        _tooSmall = new Label { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill(), Visible = false };
        Add(_titleLine, _syncLine, _storeProblem, _storeReason, _host, _confirm, _tooSmall);
        _app.Keyboard.KeyDown += OnAppKeyDown;
    }

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
        _shownKeys = screen.Keys;
        var shortcuts = screen.Keys.Select(k => new Shortcut(k.Key, k.Label, k.Run)).ToList();
        if (_screens.Count > 1)
            shortcuts.Add(new Shortcut(Key.Esc, _text["KeyBack"], RequestBack));
        shortcuts.Add(new Shortcut(Key.Q.WithCtrl, _text["KeyQuit"], RequestQuit));
        _statusBar = new StatusBar(shortcuts);
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
        _tooSmall.Text = small ? _text.Format("TooSmall", frame.Width, frame.Height, MinWidth, MinHeight) : "";
        _tooSmall.Visible = small;
        _host.Visible = _titleLine.Visible = _syncLine.Visible = !small;
        if (_statusBar is not null)
            _statusBar.Visible = !small;
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
            _app.Keyboard.KeyDown -= OnAppKeyDown;
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
        _host.Remove(screen.View);
        screen.View.Dispose();
    }

    private void OnAppKeyDown(object? sender, Key key)
    {
        if (key.Handled || Current is not { } screen)
            return;
        if (TooSmall && key != Key.Q.WithCtrl)
        {
            key.Handled = true;
            return;
        }
        try
        {
            key.Handled = Route(screen, key);
        }
        catch (ProgressStoreException)
        {
            // The store has reported it (the message and the retry follow); the screen stays as it was.
            key.Handled = true;
        }
        if (key.Handled && ReferenceEquals(Current, screen) && !ReferenceEquals(screen.Keys, _shownKeys))
            Refresh();
    }

    private bool Route(IScreen screen, Key key)
    {
        if (_confirm.IsOpen)
        {
            if (key == Key.Y || key == Key.Y.WithShift || key == Key.Enter)
                _confirm.Answer(yes: true);
            else if (key == Key.N || key == Key.N.WithShift || key == Key.Esc)
                _confirm.Answer(yes: false);
            return true;
        }
        if (key == Key.Q.WithCtrl)
        {
            RequestQuit();
            return true;
        }
        if (key == Key.Esc)
        {
            RequestBack();
            return true;
        }
        if (screen.Keys.FirstOrDefault(k => k.Key == key) is { } action)
        {
            action.Run();
            return true;
        }
        return screen.HandleKey(key);
    }
}
