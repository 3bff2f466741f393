using TrainingSim.Core.Progress;

namespace TrainingSim.Cli.Tests.Support;

/// <summary>An in-memory progress store that notes what the output held each time a turn was stored.</summary>
public sealed class WatchedStore(Func<string> snapshot) : IProgressStore
{
    private readonly InMemoryProgressStore _inner = new();

    public List<string> OutputAtEachTurn { get; } = [];

    public Trainee? FindTrainee(string name) => _inner.FindTrainee(name);

    public Trainee AddTrainee(string name, string? cohort) => _inner.AddTrainee(name, cohort);

    public IReadOnlyList<Trainee> ListTrainees() => _inner.ListTrainees();

    public bool RemoveTrainee(string name) => _inner.RemoveTrainee(name);

    public bool SetCohort(string name, string? cohort) => _inner.SetCohort(name, cohort);

    public void StartAttempt(AttemptRecord attempt) => _inner.StartAttempt(attempt);

    public void RecordTurn(Guid attemptId, TurnRecord turn)
    {
        OutputAtEachTurn.Add(snapshot());
        _inner.RecordTurn(attemptId, turn);
    }

    public void FinishAttempt(Guid attemptId, AttemptFinish finish) => _inner.FinishAttempt(attemptId, finish);

    public bool ImportAttempt(AttemptRecord attempt) => _inner.ImportAttempt(attempt);

    public int ImportAttempts(IEnumerable<AttemptRecord> attempts) => _inner.ImportAttempts(attempts);

    public IReadOnlyList<AttemptRecord> Attempts(AttemptQuery query) => _inner.Attempts(query);

    public AttemptRecord? FindAttempt(Guid attemptId) => _inner.FindAttempt(attemptId);
}
