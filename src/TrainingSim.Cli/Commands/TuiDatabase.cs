using TrainingSim.Core.Courses;
using TrainingSim.Core.Progress;
using TrainingSim.Core.Security;
using TrainingSim.Storage;

namespace TrainingSim.Cli.Commands;

/// <summary>The text UI's progress database: the store opened at start and, once a write failed, the one a retry
/// opened in its place (a LiteDB store stays failed after an I/O error). Everything the text UI reads and writes
/// outside the game's own store (PINs, staff passphrases, course assignments and retries, the review loop's
/// re-scoring and staff overrides) goes through whichever is current, so a disk that failed once does not leave
/// those on a dead connection until the game is restarted. The reopened stores are the retrying store's to
/// dispose; the first is the caller's.</summary>
internal sealed class TuiDatabase(string path, LiteDbProgressStore first)
    : IProgressStore, ICourseStore, IReviewStore, IPinStore, IRoleStore
{
    private volatile LiteDbProgressStore _current = first;

    /// <summary>Opens the database again and makes it the current one; it composes its outbox statements with the
    /// exporter the current one had (the scenario library's), so a reopened store's statements carry titles too.</summary>
    public LiteDbProgressStore Reopen()
    {
        var fresh = LiteDbProgressStore.Open(path);
        fresh.Statements = _current.Statements;
        return _current = fresh;
    }

    // IProgressStore (the review loop reads the attempts it re-scores through it).

    public Trainee? FindTrainee(string name) => _current.FindTrainee(name);

    public Trainee AddTrainee(string name, string? cohort) => _current.AddTrainee(name, cohort);

    public IReadOnlyList<Trainee> ListTrainees() => _current.ListTrainees();

    public bool RemoveTrainee(string name) => _current.RemoveTrainee(name);

    public bool SetCohort(string name, string? cohort) => _current.SetCohort(name, cohort);

    public void StartAttempt(AttemptRecord attempt) => _current.StartAttempt(attempt);

    public void RecordTurn(Guid attemptId, TurnRecord turn) => _current.RecordTurn(attemptId, turn);

    public void FinishAttempt(Guid attemptId, AttemptFinish finish) => _current.FinishAttempt(attemptId, finish);

    public void ContinueAttempt(Guid attemptId, IReadOnlyList<TurnRecord> turns, AttemptFinish? finish) =>
        _current.ContinueAttempt(attemptId, turns, finish);

    public bool ImportAttempt(AttemptRecord attempt) => _current.ImportAttempt(attempt);

    public int ImportAttempts(IEnumerable<AttemptRecord> attempts) => _current.ImportAttempts(attempts);

    public IReadOnlyList<AttemptRecord> Attempts(AttemptQuery query) => _current.Attempts(query);

    public AttemptRecord? FindAttempt(Guid attemptId) => _current.FindAttempt(attemptId);

    // ICourseStore

    public void Assign(CourseAssignment assignment) => _current.Assign(assignment);

    public IReadOnlyList<CourseAssignment> Assignments() => _current.Assignments();

    public void GrantRetry(ExamRetry retry) => _current.GrantRetry(retry);

    public IReadOnlyList<ExamRetry> Retries(string trainee) => _current.Retries(trainee);

    // IReviewStore

    public void StoreRescore(AttemptRecord rescored) => _current.StoreRescore(rescored);

    public void StoreOverride(Guid attemptId, ScoreOverride scoreOverride) => _current.StoreOverride(attemptId, scoreOverride);

    // IPinStore

    public bool PinsOff => _current.Pins.PinsOff;

    TraineePin? IPinStore.Find(string trainee) => _current.Pins.Find(trainee);

    public void Save(TraineePin pin) => _current.Pins.Save(pin);

    public bool Remove(string trainee) => _current.Pins.Remove(trainee);

    public void SetPinsOff(bool off) => _current.Pins.SetPinsOff(off);

    // IRoleStore

    RoleCredential? IRoleStore.Find(Role role) => _current.Roles.Find(role);

    public void Save(RoleCredential credential) => _current.Roles.Save(credential);
}
