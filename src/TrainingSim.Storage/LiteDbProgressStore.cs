using LiteDB;
using TrainingSim.Core.Progress;

namespace TrainingSim.Storage;

/// <summary>The progress database: a LiteDB 5 file opened in shared mode (a named mutex around every
/// operation), so a lead's window and a trainee's can use one file at once. Collections <c>trainees</c>
/// (id = name), <c>attempts</c> (indexed by trainee, cohort and scenario) and <c>turns</c> (one small
/// document per answered turn, indexed by attempt), and the outbox of statements to sync
/// (LiteDbProgressStore.Outbox.cs). Every write is committed (the log written) before the
/// call returns, so it survives the process being killed.</summary>
/// <remarks>Thread-safe. Open with <see cref="Open"/>; a file that is locked, unreadable, damaged or from a
/// newer version gives a <see cref="ProgressStoreException"/> and is left untouched.</remarks>
public sealed partial class LiteDbProgressStore : IProgressStore, IDisposable
{
    /// <summary>Turn documents are loaded by a full scan instead of by index when more attempts than this are read.</summary>
    private const int TurnScanThreshold = 64;

    private readonly Lock _gate = new();
    private readonly LiteDatabase _db;
    private readonly TimeProvider _clock;
    private readonly ILiteCollection<BsonDocument> _trainees;
    private readonly ILiteCollection<BsonDocument> _attempts;
    private readonly ILiteCollection<BsonDocument> _turns;
    private readonly IDisposable? _owner;
    private readonly bool _readOnly;
    private bool _disposed;
    private ProgressStoreException? _failure;

    /// <param name="owner">The read-only view <paramref name="db"/> belongs to (null: a shared read-write connection).</param>
    private LiteDbProgressStore(string path, LiteDatabase db, TimeProvider clock, IDisposable? owner)
    {
        FilePath = path;
        _db = db;
        _clock = clock;
        _owner = owner;
        _readOnly = owner is not null;
        _trainees = db.GetCollection(ProgressBson.Trainees);
        _attempts = db.GetCollection(ProgressBson.Attempts);
        _turns = db.GetCollection(ProgressBson.Turns);
    }

    /// <summary>The database file's full path.</summary>
    public string FilePath { get; }

    public Trainee? FindTrainee(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Run(() => _trainees.FindById(name) is { } doc ? ProgressBson.ToTrainee(doc) : null);
    }

    public Trainee AddTrainee(string name, string? cohort)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return Write($"trainee {name}", () => EnsureTrainee(name, cohort, _clock.GetUtcNow()));
    }

    public IReadOnlyList<Trainee> ListTrainees() =>
        Run(() => _trainees.FindAll().Select(ProgressBson.ToTrainee)
            .OrderBy(t => t.Name, StringComparer.Ordinal).ToList());

    public bool RemoveTrainee(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Write($"the removal of trainee {name}", () =>
        {
            if (!_trainees.Delete(name))
                return false;
            Outbox.DeleteMany(Query.EQ("trainee", name));
            _db.GetCollection(PinStore.Collection).Delete(name);
            _db.GetCollection(RetriesCollection).DeleteMany(Query.EQ("trainee", name));
            foreach (var id in _attempts.Find(Query.EQ("trainee", name)).Select(d => d["_id"]).ToList())
            {
                _turns.DeleteMany(Query.EQ("attempt", id));
                _attempts.Delete(id);
            }

            return true;
        });
    }

    public bool SetCohort(string name, string? cohort)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Write($"the cohort of trainee {name}", () =>
        {
            if (_trainees.FindById(name) is not { } document)
                return false;
            document["cohort"] = cohort;
            return _trainees.Update(document);
        });
    }

    public void StartAttempt(AttemptRecord attempt)
    {
        ProgressRules.CheckNewAttempt(attempt);
        Write("the new attempt", () =>
        {
            if (_attempts.FindById(attempt.Id) is not null)
                throw new InvalidOperationException($"Attempt {attempt.Id} is already stored.");
            EnsureTrainee(attempt.Trainee, attempt.Cohort, attempt.StartedAt);
            var doc = ProgressBson.ToDocument(attempt);
            _attempts.Insert(doc);
            Enqueue(attempt, [Statements.Started(ProgressBson.ToAttempt(doc, []))]);
            return true;
        });
    }

    public void RecordTurn(Guid attemptId, TurnRecord turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        Write($"turn {turn.Index + 1} (step {turn.StepId})", () =>
        {
            var attempt = _attempts.FindById(attemptId);
            ProgressRules.CheckOpen(attemptId, attempt?["outcome"] is { IsNull: false } o ? o.AsString : null, attempt is not null);
            var doc = ProgressBson.ToDocument(attemptId, turn);
            _turns.Insert(doc);
            var stored = ProgressBson.ToAttempt(attempt!, []);
            Enqueue(stored, [Statements.Answered(stored, ProgressBson.ToTurn(doc))]);
            return true;
        });
    }

    public void FinishAttempt(Guid attemptId, AttemptFinish finish)
    {
        ArgumentNullException.ThrowIfNull(finish);
        Write("the end of the attempt", () =>
        {
            var attempt = _attempts.FindById(attemptId);
            ProgressRules.CheckOpen(attemptId, attempt?["outcome"] is { IsNull: false } o ? o.AsString : null, attempt is not null);
            ProgressBson.ApplyFinish(attempt!, finish);
            _attempts.Update(attempt!);
            var stored = ProgressBson.ToAttempt(attempt!, []);
            Enqueue(stored, Statements.Finished(stored));
            return true;
        });
    }

    public void ContinueAttempt(Guid attemptId, IReadOnlyList<TurnRecord> turns, AttemptFinish? finish)
    {
        ArgumentNullException.ThrowIfNull(turns);
        Write("the later turns of the attempt", () =>
        {
            var attempt = _attempts.FindById(attemptId);
            ProgressRules.CheckOpen(attemptId, attempt?["outcome"] is { IsNull: false } o ? o.AsString : null, attempt is not null);
            if (turns.Count > 0)
                _turns.InsertBulk(turns.Select(t => ProgressBson.ToDocument(attemptId, t)));
            if (finish is not null)
            {
                ProgressBson.ApplyFinish(attempt!, finish);
                _attempts.Update(attempt!);
            }

            return true;
        });
    }

    public bool ImportAttempt(AttemptRecord attempt)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        return Write($"attempt {attempt.Id}", () => Import(attempt));
    }

    /// <summary>All new attempts of the import in one bulk insert per collection (a whole centre's import is
    /// LiteDB-bound: one call per attempt cost about a quarter more), in the given order.</summary>
    public int ImportAttempts(IEnumerable<AttemptRecord> attempts)
    {
        ArgumentNullException.ThrowIfNull(attempts);
        return Write("the import", () =>
        {
            var fresh = new List<AttemptRecord>();
            var ids = new HashSet<Guid>();
            var trainees = new HashSet<string>(StringComparer.Ordinal);
            foreach (var attempt in attempts)
            {
                ArgumentNullException.ThrowIfNull(attempt);
                if (!ids.Add(attempt.Id) || _attempts.FindById(attempt.Id) is not null)
                    continue;
                if (trainees.Add(attempt.Trainee))
                    EnsureTrainee(attempt.Trainee, attempt.Cohort, attempt.StartedAt);
                fresh.Add(attempt);
            }

            _attempts.InsertBulk(fresh.Select(ProgressBson.ToDocument));
            _turns.InsertBulk(fresh.SelectMany(a => a.Turns.Select(t => ProgressBson.ToDocument(a.Id, t))));
            return fresh.Count;
        });
    }

    public IReadOnlyList<AttemptRecord> Attempts(AttemptQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Read(() =>
        {
            var filter = ToQuery(query);
            // Documents are mapped as they stream in, so no BsonDocument outlives its step (far less GC work).
            var attempts = (filter is null ? _attempts.FindAll() : _attempts.Find(filter))
                .Select(d => ProgressBson.ToAttempt(d, []))
                .ToList();
            if (query.WithTurns)
            {
                var turns = TurnsOf(attempts.Select(a => a.Id).ToList(), all: filter is null);
                attempts = [.. attempts.Select(a => turns.TryGetValue(a.Id, out var list) ? a with { Turns = list } : a)];
            }

            attempts.Sort(static (x, y) => x.StartedAt != y.StartedAt ? x.StartedAt.CompareTo(y.StartedAt) : x.Id.CompareTo(y.Id));
            return attempts;
        });
    }

    public AttemptRecord? FindAttempt(Guid attemptId) => Read(() =>
    {
        var doc = _attempts.FindById(attemptId);
        return doc is null ? null : ProgressBson.ToAttempt(doc, TurnsOf([attemptId], all: false).GetValueOrDefault(attemptId) ?? []);
    });

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
                return;
            _disposed = true;
            if (_owner is not null)
            {
                _owner.Dispose();
                return;
            }

            if (_failure is not null)
                return;
            try
            {
                _db.Dispose();
            }
            catch (Exception e) when (DamageFlag.Unreadable(e))
            {
                // Nothing is lost by a failed close: every write was committed (or reported) before.
            }
        }
    }

    private static BsonExpression? ToQuery(AttemptQuery query)
    {
        var parts = new List<BsonExpression>();
        if (query.Trainee is not null)
            parts.Add(Query.EQ("trainee", query.Trainee));
        if (query.ScenarioId is not null)
            parts.Add(Query.EQ("scenario", query.ScenarioId));
        if (query.Cohort is not null)
            parts.Add(Query.EQ("cohort", query.Cohort));
        return parts.Count switch
        {
            0 => null,
            1 => parts[0],
            _ => Query.And([.. parts]),
        };
    }

    /// <summary>The turns of these attempts, in answer order, by attempt id. Many attempts (or all of them) are
    /// served by one scan of the turns; a few by the attempt index.</summary>
    private Dictionary<Guid, List<TurnRecord>> TurnsOf(IReadOnlyCollection<Guid> attemptIds, bool all)
    {
        var byAttempt = new Dictionary<Guid, List<TurnRecord>>(attemptIds.Count);
        foreach (var id in attemptIds)
            byAttempt[id] = [];

        IEnumerable<BsonDocument> docs = all || attemptIds.Count > TurnScanThreshold
            ? _turns.FindAll()
            : attemptIds.SelectMany(id => _turns.Find(Query.EQ("attempt", id)));
        foreach (var doc in docs)
        {
            // Turns come in insertion (_id) order; the stable sort below keeps it between equal indexes.
            if (byAttempt.TryGetValue(doc["attempt"].AsGuid, out var list))
                list.Add(ProgressBson.ToTurn(doc));
        }

        foreach (var list in byAttempt.Values)
        {
            if (!IsSorted(list))
                list.Sort(CompareIndexStable(list));
        }

        return byAttempt;
    }

    private static bool IsSorted(List<TurnRecord> turns)
    {
        for (var i = 1; i < turns.Count; i++)
        {
            if (turns[i - 1].Index > turns[i].Index)
                return false;
        }

        return true;
    }

    /// <summary>By index, ties in their current order (List.Sort is not stable on its own).</summary>
    private static Comparison<TurnRecord> CompareIndexStable(List<TurnRecord> turns)
    {
        var position = new Dictionary<TurnRecord, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < turns.Count; i++)
            position[turns[i]] = i;
        return (x, y) => x.Index != y.Index ? x.Index.CompareTo(y.Index) : position[x].CompareTo(position[y]);
    }

    private bool Import(AttemptRecord attempt)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        if (_attempts.FindById(attempt.Id) is not null)
            return false;
        EnsureTrainee(attempt.Trainee, attempt.Cohort, attempt.StartedAt);
        _attempts.Insert(ProgressBson.ToDocument(attempt));
        if (attempt.Turns.Count > 0)
            _turns.InsertBulk(attempt.Turns.Select(t => ProgressBson.ToDocument(attempt.Id, t)));
        return true;
    }

    private Trainee EnsureTrainee(string name, string? cohort, DateTimeOffset createdAt)
    {
        if (_trainees.FindById(name) is { } existing)
            return ProgressBson.ToTrainee(existing);
        var trainee = new Trainee(name, cohort, createdAt);
        _trainees.Insert(ProgressBson.ToDocument(trainee));
        return trainee;
    }
}
