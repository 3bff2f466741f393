namespace TrainingSim.Core.Courses;

/// <summary>A trainee's progress in their cohort's plan as of <see cref="Today"/>.</summary>
public sealed record TraineeCourseStatus(string Trainee, CoursePlan Plan, CourseAssignment Assignment, DateOnly Today,
    IReadOnlyList<EntryProgress> Entries)
{
    public IEnumerable<EntryProgress> Overdue => Entries.Where(e => e.IsOverdue);

    public IEnumerable<EntryProgress> FailedExams => Entries.Where(e => e.Status == EntryStatus.Failed);

    /// <summary>Open (not passed, not a failed exam) and due today.</summary>
    public IEnumerable<EntryProgress> DueToday => Open(EntryTiming.Today);

    /// <summary>Open and due in the six days after today.</summary>
    public IEnumerable<EntryProgress> DueThisWeek => Open(EntryTiming.ThisWeek);

    public Standing Standing =>
        FailedExams.Any() ? Standing.FailedExam : Overdue.Any() ? Standing.Behind : Standing.OnTrack;

    /// <summary>The plan day today is (1 on the start date; below 1 before it, above the plan's days after it).</summary>
    public int Day => Today.DayNumber - Assignment.Start.DayNumber + 1;

    public int PassedCount => Entries.Count(e => e.Status == EntryStatus.Passed);

    private IEnumerable<EntryProgress> Open(EntryTiming timing) =>
        Entries.Where(e => e.Status == EntryStatus.Open && e.Timing == timing);
}
