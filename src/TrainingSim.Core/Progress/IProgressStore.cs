namespace TrainingSim.Core.Progress;

/// <summary>Where trainees and attempts live. Every write is durable when the call returns.</summary>
public interface IProgressStore
{
    Trainee? FindTrainee(string name);

    /// <summary>Returns the existing trainee when the name is taken.</summary>
    Trainee AddTrainee(string name, string? cohort);

    IReadOnlyList<Trainee> ListTrainees();

    /// <summary>Deletes a trainee and every attempt of theirs; false when unknown.</summary>
    bool RemoveTrainee(string name);

    /// <summary>Stores a new attempt with no turns and no outcome.</summary>
    void StartAttempt(AttemptRecord attempt);

    void RecordTurn(Guid attemptId, TurnRecord turn);

    void FinishAttempt(Guid attemptId, AttemptFinish finish);

    /// <summary>Attempts with their turns, oldest first, filtered by the query.</summary>
    IReadOnlyList<AttemptRecord> Attempts(AttemptQuery query);

    AttemptRecord? FindAttempt(Guid attemptId);
}

public sealed record AttemptFinish(
    string Outcome, bool Success, int Score, int Stars, IReadOnlyDictionary<string, int> Skills, DateTimeOffset EndedAt);

public sealed record AttemptQuery(string? Trainee = null, string? Cohort = null, string? ScenarioId = null)
{
    public static AttemptQuery All { get; } = new();
}
