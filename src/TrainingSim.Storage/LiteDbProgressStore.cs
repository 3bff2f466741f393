using LiteDB;
using TrainingSim.Core.Progress;

namespace TrainingSim.Storage;

/// <summary>The progress database: a LiteDB 5 file opened in shared mode (a named mutex around every
/// operation), so a lead's window and a trainee's can use one file at once. Collections <c>trainees</c>
/// (id = name), <c>attempts</c> (indexed by trainee, cohort and scenario) and <c>turns</c> (one small
/// document per answered turn, indexed by attempt). Every write is committed and checkpointed into the data
/// file before the call returns, so it survives the process being killed.</summary>
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
    private bool _disposed;

    private LiteDbProgressStore(string path, LiteDatabase db, TimeProvider clock)
    {
        FilePath = path;
        _db = db;
        _clock = clock;
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
        return Write(() => EnsureTrainee(name, cohort, _clock.GetUtcNow()));
    }

    public IReadOnlyList<Trainee> ListTrainees() =>
        Run(() => _trainees.FindAll().Select(ProgressBson.ToTrainee)
            .OrderBy(t => t.Name, StringComparer.Ordinal).ToList());

    public bool RemoveTrainee(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Write(() =>
        {
            if (!_trainees.Delete(name))
                return false;
            foreach (var id in _attempts.Find(Query.EQ("trainee", name)).Select(d => d["_id"]).ToList())
            {
                _turns.DeleteMany(Query.EQ("attempt", id));
                _attempts.Delete(id);
            }

            return true;
        });
    }

    public void StartAttempt(AttemptRecord attempt)
    {
        ProgressRules.CheckNewAttempt(attempt);
        Write(() =>
        {
            if (_attempts.FindById(attempt.Id) is not null)
                throw new InvalidOperationException($"Attempt {attempt.Id} is already stored.");
            EnsureTrainee(attempt.Trainee, attempt.Cohort, attempt.StartedAt);
            _attempts.Insert(ProgressBson.ToDocument(attempt));
            return true;
        });
    }

    public void RecordTurn(Guid attemptId, TurnRecord turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        Write(() =>
        {
            var attempt = _attempts.FindById(attemptId);
            ProgressRules.CheckOpen(attemptId, attempt?["outcome"] is { IsNull: false } o ? o.AsString : null, attempt is not null);
            _turns.Insert(ProgressBson.ToDocument(attemptId, turn));
            return true;
        });
    }

    public void FinishAttempt(Guid attemptId, AttemptFinish finish)
    {
        ArgumentNullException.ThrowIfNull(finish);
        Write(() =>
        {
            var attempt = _attempts.FindById(attemptId);
            ProgressRules.CheckOpen(attemptId, attempt?["outcome"] is { IsNull: false } o ? o.AsString : null, attempt is not null);
            ProgressBson.ApplyFinish(attempt!, finish);
            _attempts.Update(attempt!);
            return true;
        });
    }

    public bool ImportAttempt(AttemptRecord attempt)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        return Write(() => Import(attempt));
    }

    public int ImportAttempts(IEnumerable<AttemptRecord> attempts)
    {
        ArgumentNullException.ThrowIfNull(attempts);
        return Write(() => attempts.Count(Import));
    }

    public IReadOnlyList<AttemptRecord> Attempts(AttemptQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Read(() =>
        {
            var filter = ToQuery(query);
            var docs = (filter is null ? _attempts.FindAll() : _attempts.Find(filter)).ToList();
            var turns = query.WithTurns ? TurnsOf(docs) : null;
            return docs
                .Select(d => ProgressBson.ToAttempt(d, turns?.GetValueOrDefault(d["_id"].AsGuid) ?? []))
                .OrderBy(a => a.StartedAt).ThenBy(a => a.Id)
                .ToList();
        });
    }

    public AttemptRecord? FindAttempt(Guid attemptId) => Read(() =>
    {
        var doc = _attempts.FindById(attemptId);
        return doc is null ? null : ProgressBson.ToAttempt(doc, TurnsOf([doc]).GetValueOrDefault(attemptId) ?? []);
    });

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
                return;
            _disposed = true;
            _db.Dispose();
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

    /// <summary>The turns of these attempts, in answer order, by attempt id.</summary>
    private Dictionary<Guid, IReadOnlyList<TurnRecord>> TurnsOf(IReadOnlyCollection<BsonDocument> attempts)
    {
        IEnumerable<BsonDocument> docs;
        if (attempts.Count > TurnScanThreshold)
        {
            var ids = attempts.Select(a => a["_id"].AsGuid).ToHashSet();
            docs = _turns.FindAll().Where(t => ids.Contains(t["attempt"].AsGuid));
        }
        else
        {
            docs = attempts.SelectMany(a => _turns.Find(Query.EQ("attempt", a["_id"])));
        }

        return docs
            .GroupBy(t => t["attempt"].AsGuid)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<TurnRecord>)g.OrderBy(t => t["i"].AsInt32).ThenBy(t => t["_id"].AsObjectId)
                    .Select(ProgressBson.ToTurn).ToList());
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
