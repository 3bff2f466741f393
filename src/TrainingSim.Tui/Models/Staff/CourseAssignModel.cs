using TrainingSim.Core.Courses;
using TrainingSim.Core.Progress;
using TrainingSim.Core.Security;
using TrainingSim.Tui.Widgets;

namespace TrainingSim.Tui.Models.Staff;

/// <summary>The staff view of course plans: which cohorts follow which plan, assigning a plan to a cohort from a start
/// date (today when left empty), and the trainees' failed course exams, each of which can be granted a retry.</summary>
internal sealed class CourseAssignModel
{
    private readonly ScopedProgress _progress;
    private readonly CourseSources _courses;
    private readonly TimeProvider _clock;

    public CourseAssignModel(ScopedProgress progress, CourseSources courses, TimeProvider clock)
    {
        _progress = progress;
        _courses = courses;
        _clock = clock;
        Reload();
    }

    public IReadOnlyList<CoursePlan> Plans => _courses.Plans;

    /// <summary>The cohorts of the visible trainees, by name.</summary>
    public IReadOnlyList<string> Cohorts { get; private set; } = [];

    public IReadOnlyList<CourseAssignment> Assignments { get; private set; } = [];

    /// <summary>Every visible trainee's failed course exams, by trainee.</summary>
    public IReadOnlyList<(Trainee Trainee, EntryProgress Exam)> FailedExams { get; private set; } = [];

    public string Today => CourseDate.Format(CourseProgress.Today(_clock));

    public void Reload()
    {
        var trainees = _progress.Trainees();
        Cohorts = [.. trainees.Select(t => t.Cohort).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        Assignments = _courses.Store.Assignments();
        var attempts = _progress.Attempts(new AttemptQuery(WithTurns: false));
        FailedExams =
        [
            .. trainees.SelectMany(t =>
                CohortCourse.OfTrainee(t, [.. attempts.Where(a => a.Trainee == t.Name)], _courses.Store, _courses.Plans,
                    CourseProgress.Today(_clock), _clock.LocalTimeZone)?.FailedExams.Select(e => (t, e)) ?? []),
        ];
    }

    /// <summary>Assigns plan <paramref name="plan"/> (an index of <see cref="Plans"/>) to the cohort from the start date.</summary>
    public StaffMessage Assign(int plan, string cohort, string start)
    {
        if (plan < 0 || plan >= Plans.Count)
            return new StaffMessage("StaffCourseNoPlans", Tone.Bad);
        var group = cohort.Trim();
        if (group.Length == 0)
            return new StaffMessage("StaffCourseNoCohort", Tone.Bad);
        var first = CourseProgress.Today(_clock);
        if (start.Trim().Length > 0 && !CourseDate.TryParse(start, out first))
            return new StaffMessage("StaffCourseBadDate", Tone.Bad, start.Trim());
        var assignment = new CourseAssignment(group, Plans[plan].Id, first, _clock.GetUtcNow());
        if (Stored(() => _courses.Store.Assign(assignment)) is { } failed)
            return failed;
        Reload();
        return new StaffMessage("StaffCourseAssigned", Tone.Good, group, Plans[plan].Id, CourseDate.Format(first), Plans[plan].Days,
            CourseDate.Format(assignment.DateOf(Plans[plan].Days)));
    }

    /// <summary>One more try at the failed exam <paramref name="index"/> of <see cref="FailedExams"/>.</summary>
    public StaffMessage GrantRetry(int index)
    {
        if (index < 0 || index >= FailedExams.Count)
            return new StaffMessage("StaffRetryNone", Tone.Dim, "—");
        var (trainee, exam) = FailedExams[index];
        if (Stored(() => _courses.Store.GrantRetry(new ExamRetry(trainee.Name, exam.Entry.ScenarioId, _clock.GetUtcNow()))) is { } failed)
            return failed;
        Reload();
        return new StaffMessage("StaffRetryGranted", Tone.Good, trainee.Name, exam.Entry.ScenarioId);
    }

    private static StaffMessage? Stored(Action write)
    {
        try
        {
            write();
            return null;
        }
        catch (ProgressStoreException e)
        {
            return new StaffMessage("StaffCourseNotStored", Tone.Bad, e.Message);
        }
    }
}
