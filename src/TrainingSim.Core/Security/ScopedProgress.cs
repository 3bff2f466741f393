using TrainingSim.Core.Progress;

namespace TrainingSim.Core.Security;

/// <summary>The reading side of the progress store as a session may see it: a trainee's session sees only
/// that trainee and their attempts (a query for anyone else finds nothing); staff see everything.
/// Screens, reports and exports read through this, never the store directly.</summary>
public sealed class ScopedProgress(IProgressStore store, Session session)
{
    public Session Session { get; } = session;

    public IReadOnlyList<Trainee> Trainees()
    {
        if (Session.Trainee is not { } self)
            return store.ListTrainees();
        return store.FindTrainee(self) is { } trainee ? [trainee] : [];
    }

    public IReadOnlyList<AttemptRecord> Attempts(AttemptQuery query)
    {
        if (Session.Trainee is not { } self)
            return store.Attempts(query);
        if (query.Trainee is not null && query.Trainee != self)
            return [];
        return [.. store.Attempts(query with { Trainee = self }).Where(a => a.Trainee == self)];
    }

    public AttemptRecord? FindAttempt(Guid attemptId)
    {
        var attempt = store.FindAttempt(attemptId);
        return attempt is not null && (Session.Trainee is null || attempt.Trainee == Session.Trainee) ? attempt : null;
    }
}
