using TrainingSim.Core.Progress;
using TrainingSim.Interchange.Sync;

namespace TrainingSim.Tui.Storage;

/// <summary>The game's store: a call's writes (attempt, turns, end) that the database refuses (locked, disk full,
/// file gone) are kept in memory, in order, and written again by <see cref="Retry"/>, so a failing disk never ends
/// the program nor loses an answered turn. Other calls pass through (their failures reach the shell's boundary).</summary>
/// <remarks>A LiteDB store stays failed after an I/O error, so a retry opens the database again when it can
/// (<paramref name="reopen"/>). Thread-safe: the retry and the LRS sync run off the UI thread. The outbox is the
/// current store's (a reopened one's after a failure); a store without one has none to sync.</remarks>
internal sealed class KeptWritesStore(IProgressStore store, Func<IProgressStore>? reopen = null) : IProgressStore, IStatementOutbox, IDisposable
{
    private readonly Queue<Action<IProgressStore>> _kept = new();
    private readonly Lock _gate = new();
    private IProgressStore _store = store;
    private IProgressStore? _opened;
    private IReadOnlyList<Trainee> _trainees = [];

    /// <summary>Raised (on any thread) when <see cref="Problem"/> changes.</summary>
    public event EventHandler? ProblemChanged;

    /// <summary>Why writes are being kept (the store's one-line message), or null when everything is stored.</summary>
    public string? Problem { get; private set; }

    /// <summary>How many writes wait for the database.</summary>
    public int KeptWrites
    {
        get
        {
            lock (_gate)
                return _kept.Count;
        }
    }

    public void StartAttempt(AttemptRecord attempt) => Keep(s => s.StartAttempt(attempt));

    public void RecordTurn(Guid attemptId, TurnRecord turn) => Keep(s => s.RecordTurn(attemptId, turn));

    public void FinishAttempt(Guid attemptId, AttemptFinish finish) => Keep(s => s.FinishAttempt(attemptId, finish));

    /// <summary>Opens the database again when it failed, then writes what was kept. True when nothing is left.</summary>
    public bool Retry()
    {
        lock (_gate)
        {
            if (Problem is not null && reopen is not null)
            {
                try
                {
                    var fresh = reopen();
                    (_opened as IDisposable)?.Dispose();
                    _opened = _store = fresh;
                }
                catch (ProgressStoreException e)
                {
                    Report(e.Message);
                    return false;
                }
            }

            return Flush();
        }
    }

    public Trainee? FindTrainee(string name) => Pass(s => s.FindTrainee(name));

    public Trainee AddTrainee(string name, string? cohort) => Pass(s => s.AddTrainee(name, cohort));

    /// <summary>The list as last read while the database cannot be read: the sign-in screen polls it on a timer,
    /// where a failure would end the program.</summary>
    public IReadOnlyList<Trainee> ListTrainees()
    {
        lock (_gate)
        {
            try
            {
                return _trainees = Pass(s => s.ListTrainees());
            }
            catch (ProgressStoreException)
            {
                return _trainees;
            }
        }
    }

    public bool RemoveTrainee(string name) => Pass(s => s.RemoveTrainee(name));

    public bool SetCohort(string name, string? cohort) => Pass(s => s.SetCohort(name, cohort));

    public bool ImportAttempt(AttemptRecord attempt) => Pass(s => s.ImportAttempt(attempt));

    public int ImportAttempts(IEnumerable<AttemptRecord> attempts) => Pass(s => s.ImportAttempts(attempts));

    public IReadOnlyList<AttemptRecord> Attempts(AttemptQuery query) => Pass(s => s.Attempts(query));

    public AttemptRecord? FindAttempt(Guid attemptId) => Pass(s => s.FindAttempt(attemptId));

    /// <summary>True when the store keeps an outbox of statements (the LiteDB store does).</summary>
    public bool HasOutbox
    {
        get
        {
            lock (_gate)
                return _store is IStatementOutbox;
        }
    }

    public int OutboxCount() => Pass(s => Outbox(s).OutboxCount());

    public IReadOnlyList<OutboxEntry> OutboxPage(long afterKey, int max) => Pass(s => Outbox(s).OutboxPage(afterKey, max));

    public void OutboxSent(IReadOnlyCollection<long> keys) => Pass(s =>
    {
        Outbox(s).OutboxSent(keys);
        return true;
    });

    public void OutboxRefused(long key, string problem) => Pass(s =>
    {
        Outbox(s).OutboxRefused(key, problem);
        return true;
    });

    public SyncState ReadSyncState() => Pass(s => Outbox(s).ReadSyncState());

    public void WriteSyncState(SyncState state) => Pass(s =>
    {
        Outbox(s).WriteSyncState(state);
        return true;
    });

    private static IStatementOutbox Outbox(IProgressStore store) =>
        store as IStatementOutbox ?? throw new InvalidOperationException("this progress store keeps no outbox");

    public void Dispose()
    {
        lock (_gate)
            (_opened as IDisposable)?.Dispose();
    }

    /// <summary>A call that cannot be kept for later: its failure is reported (so a retry reopens the database)
    /// and thrown to the shell's boundary.</summary>
    private T Pass<T>(Func<IProgressStore, T> call)
    {
        lock (_gate)
        {
            try
            {
                return call(_store);
            }
            catch (ProgressStoreException e)
            {
                Report(e.Message);
                throw;
            }
        }
    }

    private void Keep(Action<IProgressStore> write)
    {
        lock (_gate)
        {
            _kept.Enqueue(write);
            Flush();
        }
    }

    private bool Flush()
    {
        while (_kept.TryPeek(out var write))
        {
            try
            {
                write(_store);
            }
            catch (ProgressStoreException e)
            {
                Report(e.Message);
                return false;
            }

            _kept.Dequeue();
        }

        Report(null);
        return true;
    }

    private void Report(string? problem)
    {
        if (problem == Problem)
            return;
        Problem = problem;
        ProblemChanged?.Invoke(this, EventArgs.Empty);
    }
}
