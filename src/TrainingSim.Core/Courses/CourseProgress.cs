using TrainingSim.Core.Progress;

namespace TrainingSim.Core.Courses;

/// <summary>The rules of docs/courses.md: which plan entries a trainee has passed, failed or still owes, as of a day.</summary>
/// <remarks>
/// Only attempts started on or after the course's start date (in <c>zone</c>) count. A practice entry is passed by any
/// attempt of its scenario that meets the requirement. An exam entry counts exam-mode attempts only: the trainee has one
/// try, plus one per retry a trainer granted; abandoned tries count. It is passed when a try met the requirement, failed
/// when every try is used and none did. An entry is due on the date of its <see cref="PlanEntry.DueDay"/>.
/// </remarks>
public static class CourseProgress
{
    public static TraineeCourseStatus For(string trainee, CoursePlan plan, CourseAssignment assignment,
        IReadOnlyList<AttemptRecord> attempts, IReadOnlyList<ExamRetry> retries, DateOnly today, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(assignment);
        ArgumentNullException.ThrowIfNull(attempts);
        ArgumentNullException.ThrowIfNull(retries);
        ArgumentNullException.ThrowIfNull(zone);
        var counted = attempts
            .Where(a => string.Equals(a.Trainee, trainee, StringComparison.Ordinal) && LocalDate(a.StartedAt, zone) >= assignment.Start)
            .OrderBy(a => a.StartedAt)
            .ToList();
        var entries = plan.Entries.Select(entry => Of(entry, assignment, counted, retries, today, zone)).ToList();
        return new TraineeCourseStatus(trainee, plan, assignment, today, entries);
    }

    /// <summary>Today's date on <paramref name="clock"/>, in its local time zone.</summary>
    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
    }

    /// <summary>The calendar date of an instant in <paramref name="zone"/>.</summary>
    public static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    private static EntryProgress Of(PlanEntry entry, CourseAssignment assignment, List<AttemptRecord> attempts,
        IReadOnlyList<ExamRetry> retries, DateOnly today, TimeZoneInfo zone)
    {
        var due = assignment.DateOf(entry.DueDay);
        var timing = due < today ? EntryTiming.Overdue
            : due == today ? EntryTiming.Today
            : due.DayNumber - today.DayNumber <= 6 ? EntryTiming.ThisWeek
            : EntryTiming.Later;
        var own = attempts.Where(a => string.Equals(a.ScenarioId, entry.ScenarioId, StringComparison.Ordinal));
        if (entry.Mode == PlayMode.Practice)
            return new EntryProgress(entry, due, own.Any(entry.Pass.IsMetBy) ? EntryStatus.Passed : EntryStatus.Open, timing, 0);

        var tries = own.Where(a => a.Mode == PlayMode.Exam).ToList();
        var allowed = 1 + retries.Count(r => string.Equals(r.ScenarioId, entry.ScenarioId, StringComparison.Ordinal)
                                             && LocalDate(r.GrantedAt, zone) >= assignment.Start);
        var left = Math.Max(0, allowed - tries.Count);
        var status = tries.Any(entry.Pass.IsMetBy) ? EntryStatus.Passed : left > 0 ? EntryStatus.Open : EntryStatus.Failed;
        return new EntryProgress(entry, due, status, timing, left);
    }
}
