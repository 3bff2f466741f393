using TrainingSim.Core.Progress;

namespace TrainingSim.Tui.Tests.TestSupport;

/// <summary>An in-memory <see cref="IProgressStore"/> for screen tests (the LiteDB one is tested by storage).</summary>
internal sealed class MemoryProgressStore : IProgressStore
{
    private readonly List<Trainee> _trainees = [];
    private readonly List<AttemptRecord> _attempts = [];

    public Trainee? FindTrainee(string name) => _trainees.FirstOrDefault(t => t.Name == name);

    public Trainee AddTrainee(string name, string? cohort)
    {
        if (FindTrainee(name) is { } existing)
            return existing;
        var trainee = new Trainee(name, cohort, new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero));
        _trainees.Add(trainee);
        return trainee;
    }

    public IReadOnlyList<Trainee> ListTrainees() => [.. _trainees];

    public bool RemoveTrainee(string name) => _trainees.RemoveAll(t => t.Name == name) > 0;

    public void StartAttempt(AttemptRecord attempt) => _attempts.Add(attempt);

    public void RecordTurn(Guid attemptId, TurnRecord turn) =>
        Replace(attemptId, a => a with { Turns = [.. a.Turns, turn] });

    public void FinishAttempt(Guid attemptId, AttemptFinish finish) =>
        Replace(attemptId, a => a with
        {
            Outcome = finish.Outcome,
            Success = finish.Success,
            Score = finish.Score,
            Stars = finish.Stars,
            Skills = finish.Skills,
            EndedAt = finish.EndedAt,
        });

    public IReadOnlyList<AttemptRecord> Attempts(AttemptQuery query) =>
        [.. _attempts.Where(a => (query.Trainee is null || a.Trainee == query.Trainee)
                                 && (query.Cohort is null || a.Cohort == query.Cohort)
                                 && (query.ScenarioId is null || a.ScenarioId == query.ScenarioId))];

    public AttemptRecord? FindAttempt(Guid attemptId) => _attempts.FirstOrDefault(a => a.Id == attemptId);

    private void Replace(Guid id, Func<AttemptRecord, AttemptRecord> change)
    {
        var index = _attempts.FindIndex(a => a.Id == id);
        _attempts[index] = change(_attempts[index]);
    }
}
