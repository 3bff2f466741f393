using TrainingSim.Core.Progress;

namespace TrainingSim.Core.Courses;

/// <summary>A cohort's plan and where each of its trainees stands in it, as of a day.</summary>
/// <param name="Plan">Null when the assigned plan is not in the library (any more).</param>
public sealed record CohortCourse(CourseAssignment Assignment, CoursePlan? Plan, IReadOnlyList<TraineeCourseStatus> Trainees)
{
    /// <summary>The cohort's assignment and every trainee's status; null when the cohort has no plan.</summary>
    public static CohortCourse? Of(string cohort, IProgressStore progress, ICourseStore courses, IReadOnlyList<CoursePlan> plans,
        DateOnly today, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(progress);
        ArgumentNullException.ThrowIfNull(courses);
        ArgumentNullException.ThrowIfNull(plans);
        var (assignment, plan) = Find(cohort, courses, plans);
        if (assignment is null)
            return null;
        if (plan is null)
            return new CohortCourse(assignment, null, []);
        var attempts = progress.Attempts(new AttemptQuery(WithTurns: false));
        var trainees = progress.ListTrainees()
            .Where(t => string.Equals(t.Cohort, cohort, StringComparison.Ordinal))
            .Select(t => CourseProgress.For(t.Name, plan, assignment, [.. attempts.Where(a => a.Trainee == t.Name)],
                courses.Retries(t.Name), today, zone))
            .ToList();
        return new CohortCourse(assignment, plan, trainees);
    }

    /// <summary>One trainee's status in their cohort's plan; null when they have no cohort, or it has no plan in the library.</summary>
    public static TraineeCourseStatus? OfTrainee(Trainee trainee, IProgressStore progress, ICourseStore courses,
        IReadOnlyList<CoursePlan> plans, DateOnly today, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(trainee);
        ArgumentNullException.ThrowIfNull(progress);
        return OfTrainee(trainee, progress.Attempts(new AttemptQuery(Trainee: trainee.Name, WithTurns: false)), courses, plans, today, zone);
    }

    /// <summary><see cref="OfTrainee(Trainee, IProgressStore, ICourseStore, IReadOnlyList{CoursePlan}, DateOnly, TimeZoneInfo)"/>
    /// from the trainee's attempts already read.</summary>
    public static TraineeCourseStatus? OfTrainee(Trainee trainee, IReadOnlyList<AttemptRecord> attempts, ICourseStore courses,
        IReadOnlyList<CoursePlan> plans, DateOnly today, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(trainee);
        ArgumentNullException.ThrowIfNull(courses);
        if (trainee.Cohort is null)
            return null;
        var (assignment, plan) = Find(trainee.Cohort, courses, plans);
        if (assignment is null || plan is null)
            return null;
        return CourseProgress.For(trainee.Name, plan, assignment, attempts, courses.Retries(trainee.Name), today, zone);
    }

    private static (CourseAssignment? Assignment, CoursePlan? Plan) Find(string cohort, ICourseStore courses, IReadOnlyList<CoursePlan> plans)
    {
        var assignment = courses.Assignments().FirstOrDefault(a => string.Equals(a.Cohort, cohort, StringComparison.Ordinal));
        return (assignment, assignment is null ? null : plans.FirstOrDefault(p => string.Equals(p.Id, assignment.PlanId, StringComparison.Ordinal)));
    }
}
