namespace TrainingSim.Core.Progress;

/// <summary>An <see cref="IProgressStore"/> in memory, for tests and trainers' play-tests (nothing is kept
/// after the process). Same rules as the database store; thread-safe.</summary>
public sealed class InMemoryProgressStore : IProgressStore, IReviewStore
{
    private readonly Lock _lock = new();
    private readonly TimeProvider _clock;
    private readonly SortedDictionary<string, Trainee> _trainees = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, AttemptRecord> _attempts = [];
    private readonly Dictionary<Guid, List<TurnRecord>> _turns = [];

    public InMemoryProgressStore(TimeProvider? clock = null) => _clock = clock ?? TimeProvider.System;

    public Trainee? FindTrainee(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        lock (_lock)
            return _trainees.GetValueOrDefault(name);
    }

    public Trainee AddTrainee(string name, string? cohort)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        lock (_lock)
            return AddTraineeLocked(name, cohort, _clock.GetUtcNow());
    }

    public IReadOnlyList<Trainee> ListTrainees()
    {
        lock (_lock)
            return [.. _trainees.Values];
    }

    public bool RemoveTrainee(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        lock (_lock)
        {
            if (!_trainees.Remove(name))
                return false;
            foreach (var id in _attempts.Values.Where(a => a.Trainee == name).Select(a => a.Id).ToList())
            {
                _attempts.Remove(id);
                _turns.Remove(id);
            }

            return true;
        }
    }

    public bool SetCohort(string name, string? cohort)
    {
        ArgumentNullException.ThrowIfNull(name);
        lock (_lock)
        {
            if (!_trainees.TryGetValue(name, out var trainee))
                return false;
            _trainees[name] = trainee with { Cohort = cohort };
            return true;
        }
    }

    public void StartAttempt(AttemptRecord attempt)
    {
        ProgressRules.CheckNewAttempt(attempt);
        lock (_lock)
        {
            if (_attempts.ContainsKey(attempt.Id))
                throw new InvalidOperationException($"Attempt {attempt.Id} is already stored.");
            AddTraineeLocked(attempt.Trainee, attempt.Cohort, attempt.StartedAt);
            _attempts.Add(attempt.Id, attempt with { Turns = [] });
            _turns.Add(attempt.Id, []);
        }
    }

    public void RecordTurn(Guid attemptId, TurnRecord turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        lock (_lock)
        {
            ProgressRules.CheckOpen(attemptId, _attempts.GetValueOrDefault(attemptId)?.Outcome, _attempts.ContainsKey(attemptId));
            _turns[attemptId].Add(turn);
        }
    }

    public void FinishAttempt(Guid attemptId, AttemptFinish finish)
    {
        ArgumentNullException.ThrowIfNull(finish);
        lock (_lock)
        {
            ProgressRules.CheckOpen(attemptId, _attempts.GetValueOrDefault(attemptId)?.Outcome, _attempts.ContainsKey(attemptId));
            _attempts[attemptId] = _attempts[attemptId] with
            {
                Outcome = finish.Outcome,
                Success = finish.Success,
                Score = finish.Score,
                Stars = finish.Stars,
                Skills = new Dictionary<string, int>(finish.Skills, StringComparer.Ordinal),
                EndedAt = finish.EndedAt,
            };
        }
    }

    public bool ImportAttempt(AttemptRecord attempt)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        lock (_lock)
        {
            if (_attempts.ContainsKey(attempt.Id))
                return false;
            AddTraineeLocked(attempt.Trainee, attempt.Cohort, attempt.StartedAt);
            _attempts.Add(attempt.Id, attempt with { Turns = [] });
            _turns.Add(attempt.Id, [.. attempt.Turns]);
            return true;
        }
    }

    public int ImportAttempts(IEnumerable<AttemptRecord> attempts)
    {
        ArgumentNullException.ThrowIfNull(attempts);
        lock (_lock)
            return attempts.Count(ImportAttempt);
    }

    public IReadOnlyList<AttemptRecord> Attempts(AttemptQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        lock (_lock)
        {
            return [.. _attempts.Values
                .Where(query.Matches)
                .OrderBy(a => a.StartedAt).ThenBy(a => a.Id)
                .Select(a => query.WithTurns ? WithTurns(a) : a)];
        }
    }

    public AttemptRecord? FindAttempt(Guid attemptId)
    {
        lock (_lock)
            return _attempts.TryGetValue(attemptId, out var attempt) ? WithTurns(attempt) : null;
    }

    public void StoreRescore(AttemptRecord rescored)
    {
        ArgumentNullException.ThrowIfNull(rescored);
        lock (_lock)
        {
            if (!_attempts.TryGetValue(rescored.Id, out var attempt))
                throw new InvalidOperationException($"Attempt {rescored.Id} is not stored.");
            _attempts[rescored.Id] = attempt with
            {
                Score = rescored.Score, Stars = rescored.Stars, Skills = rescored.Skills,
                Rescore = rescored.Rescore, Override = rescored.Override,
            };
            _turns[rescored.Id] = [.. rescored.Turns];
        }
    }

    public void StoreOverride(Guid attemptId, ScoreOverride scoreOverride)
    {
        ArgumentNullException.ThrowIfNull(scoreOverride);
        lock (_lock)
        {
            if (!_attempts.TryGetValue(attemptId, out var attempt))
                throw new InvalidOperationException($"Attempt {attemptId} is not stored.");
            _attempts[attemptId] = attempt with { Override = scoreOverride, Score = scoreOverride.Score, Stars = scoreOverride.Stars };
        }
    }

    private AttemptRecord WithTurns(AttemptRecord attempt) => attempt with { Turns = [.. _turns[attempt.Id]] };

    private Trainee AddTraineeLocked(string name, string? cohort, DateTimeOffset createdAt)
    {
        if (_trainees.TryGetValue(name, out var existing))
            return existing;
        var trainee = new Trainee(name, cohort, createdAt);
        _trainees.Add(name, trainee);
        return trainee;
    }
}
