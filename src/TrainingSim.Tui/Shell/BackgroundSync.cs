using Terminal.Gui.App;
using TrainingSim.Interchange.Sync;
using TrainingSim.Tui.Models;
using TrainingSim.Tui.Storage;

namespace TrainingSim.Tui.Shell;

/// <summary>Syncs with the LRS off the UI thread: on start, after each finished attempt, on a lead's demand (with a
/// pull), and again every <see cref="TuiOptions.SyncEvery"/> while something waits or the LRS cannot be reached.
/// One sync runs at a time; a request made meanwhile runs once it ends. The result reaches the screen through
/// <see cref="IApplication.Invoke(Action)"/> as a <see cref="SyncStatus"/>.</summary>
/// <remarks>The network is never waited on under a lock or on the UI thread; the database only for its own short
/// calls (through <see cref="KeptWritesStore"/>, which serialises them with the call's writes). A push sends only
/// what the outbox holds and removes only what the LRS accepted, so a sync cut short (quit, crash, cable) loses
/// nothing and the next one sends the rest.</remarks>
internal sealed class BackgroundSync : IDisposable
{
    private readonly IApplication _app;
    private readonly KeptWritesStore _store;
    private readonly LrsEndpoint _lrs;
    private readonly LrsClient _client;
    private readonly TimeProvider _clock;
    private readonly TimeSpan _every;
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _gate = new();
    private Task _running = Task.CompletedTask;
    private List<Action> _next = [];
    private bool _busy;
    private volatile bool _disposed;
    private bool _again;
    private bool _againPull;
    private object? _timer;

    public BackgroundSync(IApplication app, KeptWritesStore store, LrsEndpoint lrs, TuiOptions options)
    {
        _app = app;
        _store = store;
        _lrs = lrs;
        _clock = options.Clock;
        _every = options.SyncEvery;
        _client = new LrsClient(lrs, options.SyncTimeout);
    }

    /// <summary>Raised on the UI thread after each sync.</summary>
    public event EventHandler? Changed;

    /// <summary>A sync is under way, or its result waits for the UI thread (read on the UI thread).</summary>
    public bool Busy => _busy;

    /// <summary>The state after the last sync; null before the first one ends.</summary>
    public SyncStatus? Status { get; private set; }

    /// <summary>Asks for a sync (UI thread): push the outbox, and with <paramref name="pull"/> merge what others sent
    /// too; <paramref name="then"/> runs on the UI thread once that sync ended.</summary>
    public void Request(bool pull = false, Action? then = null)
    {
        if (then is not null)
            _next.Add(then);
        if (_busy)
        {
            _again = true;
            _againPull |= pull;
            return;
        }

        Start(pull);
    }

    /// <summary>Waits for the sync under way (tests; its result then waits in the UI's queue).</summary>
    public void WaitIdle()
    {
        Task running;
        lock (_gate)
            running = _running;
        running.Wait();
    }

    /// <summary>Stops the sync under way (quitting): its request is cancelled, and nothing it did not finish is lost.</summary>
    public void Dispose()
    {
        if (_disposed)
            return;
        _disposed = true;
        _stop.Cancel();
        WaitIdle();
        if (_timer is not null)
            _app.RemoveTimeout(_timer);
        _client.Dispose();
        _stop.Dispose();
    }

    private void Start(bool pull)
    {
        _busy = true;
        var then = _next;
        _next = [];
        var options = new SyncOptions { Pull = pull, Retries = 0 };
        var task = Task.Run(async () =>
        {
            var status = await SyncAsync(options).ConfigureAwait(false);
            if (!_disposed)
                _app.Invoke(() => Done(status, then));
        });
        lock (_gate)
            _running = task;
    }

    /// <remarks>Any failure of a background sync is caught here on purpose: it must never end the game or reach
    /// the trainee as a stack trace; it is shown as one line and tried again.</remarks>
    private async Task<SyncStatus> SyncAsync(SyncOptions options)
    {
        try
        {
            var sync = new LrsSync(_store, _store, _client, _lrs, options, Quiet.Instance, _clock);
            var result = await sync.RunAsync(_stop.Token).ConfigureAwait(false);
            return SyncStatus.After(_store.OutboxCount(), _store.ReadSyncState(), result.Failure);
        }
        catch (Exception e)
        {
            return SyncStatus.Failed(e.Message);
        }
    }

    private void Done(SyncStatus status, List<Action> then)
    {
        if (_disposed)
            return;
        _busy = false;
        Status = status;
        Changed?.Invoke(this, EventArgs.Empty);
        foreach (var action in then)
            action();
        if (_again)
        {
            var pull = _againPull;
            _again = _againPull = false;
            Start(pull);
        }
        else if (status.WantsRetry && _timer is null)
        {
            _timer = _app.AddTimeout(_every, () =>
            {
                _timer = null;
                Request();
                return false;
            });
        }
    }

    /// <summary>The status bar tells the outcome; the steps of a background sync are not shown.</summary>
    private sealed class Quiet : ISyncObserver
    {
        public static readonly Quiet Instance = new();

        public void Progress(SyncPhase phase, long done, long total)
        {
        }

        public void Refused(OutboxEntry entry, LrsAnswer answer)
        {
        }

        public void PullProblem(string problem)
        {
        }

        public void Retrying(LrsAnswer answer, TimeSpan wait)
        {
        }
    }
}
