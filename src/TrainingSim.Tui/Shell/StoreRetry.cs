using Terminal.Gui.App;
using TrainingSim.Tui.Storage;

namespace TrainingSim.Tui.Shell;

/// <summary>While the database refuses the game's writes: the shell shows why and what is kept, and every
/// <see cref="Every"/> the store is tried again off the UI thread, until everything is stored.</summary>
internal sealed class StoreRetry
{
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(5);

    private readonly IApplication _app;
    private readonly KeptWritesStore _store;
    private readonly GameShell _shell;
    private readonly Background _background;
    private object? _timer;
    private bool _trying;

    public StoreRetry(IApplication app, KeptWritesStore store, GameShell shell, Background background)
    {
        _app = app;
        _store = store;
        _shell = shell;
        _background = background;
        _store.ProblemChanged += (_, _) => _app.Invoke(Show);
    }

    private void Show()
    {
        _shell.ShowStoreProblem(_store.Problem, _store.KeptWrites);
        if (_store.Problem is not null && _timer is null)
            _timer = _app.AddTimeout(Every, Tick);
    }

    private bool Tick()
    {
        if (_store.Problem is null)
        {
            _timer = null;
            return false;
        }
        if (!_trying)
        {
            _trying = true;
            _background.Run(_store.Retry, _ =>
            {
                _trying = false;
                Show();
            });
        }
        return true;
    }
}
