namespace TrainingSim.Core.Progress;

/// <summary>Where trainees and attempts live. Every write is durable when the call returns. Trainee names,
/// cohorts and scenario ids compare ordinally (exactly).</summary>
/// <remarks>Errors of the storage itself (locked, damaged, unreadable) are <see cref="ProgressStoreException"/>;
/// misuse (a turn for an unknown or finished attempt) is <see cref="InvalidOperationException"/>.</remarks>
public interface IProgressStore
{
    Trainee? FindTrainee(string name);

    /// <summary>Returns the existing trainee when the name is taken.</summary>
    Trainee AddTrainee(string name, string? cohort);

    /// <summary>Every trainee, by name.</summary>
    IReadOnlyList<Trainee> ListTrainees();

    /// <summary>Deletes a trainee and every attempt and turn of theirs; false when unknown.</summary>
    bool RemoveTrainee(string name);

    /// <summary>Moves a trainee to another cohort (null: none), a staff action; false when unknown. Their
    /// attempts keep the cohort they were played in.</summary>
    bool SetCohort(string name, string? cohort);

    /// <summary>Stores a new attempt with no turns and no outcome (those of the record must be empty).
    /// Adds the trainee when unknown.</summary>
    void StartAttempt(AttemptRecord attempt);

    /// <summary>Stores one answered turn of an attempt that has not ended.</summary>
    void RecordTurn(Guid attemptId, TurnRecord turn);

    /// <summary>Ends an attempt that has not ended.</summary>
    void FinishAttempt(Guid attemptId, AttemptFinish finish);

    /// <summary>Stores a whole attempt (its turns included) from elsewhere, e.g. an export of another
    /// machine; adds the trainee when unknown. False, and nothing changes, when the id is already there.</summary>
    bool ImportAttempt(AttemptRecord attempt);

    /// <summary><see cref="ImportAttempt"/> for many attempts at once (one write for the database store);
    /// returns how many were new.</summary>
    int ImportAttempts(IEnumerable<AttemptRecord> attempts);

    /// <summary>Attempts (with their turns unless the query says not), oldest first, filtered by the query.</summary>
    IReadOnlyList<AttemptRecord> Attempts(AttemptQuery query);

    AttemptRecord? FindAttempt(Guid attemptId);
}
