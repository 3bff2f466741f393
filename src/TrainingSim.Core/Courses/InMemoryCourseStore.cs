namespace TrainingSim.Core.Courses;

/// <summary>An <see cref="ICourseStore"/> in memory, for tests and for a game with no database.</summary>
public sealed class InMemoryCourseStore : ICourseStore
{
    private readonly Lock _gate = new();
    private readonly SortedDictionary<string, CourseAssignment> _assignments = new(StringComparer.Ordinal);
    private readonly List<ExamRetry> _retries = [];

    public void Assign(CourseAssignment assignment)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        lock (_gate)
            _assignments[assignment.Cohort] = assignment;
    }

    public IReadOnlyList<CourseAssignment> Assignments()
    {
        lock (_gate)
            return [.. _assignments.Values];
    }

    public void GrantRetry(ExamRetry retry)
    {
        ArgumentNullException.ThrowIfNull(retry);
        lock (_gate)
            _retries.Add(retry);
    }

    public IReadOnlyList<ExamRetry> Retries(string trainee)
    {
        lock (_gate)
            return [.. _retries.Where(r => string.Equals(r.Trainee, trainee, StringComparison.Ordinal)).OrderBy(r => r.GrantedAt)];
    }
}
