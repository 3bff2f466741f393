namespace TrainingSim.Core.Courses;

/// <summary>A cohort follows a plan from <see cref="Start"/>: day N of the plan is the calendar date Start + N − 1.</summary>
public sealed record CourseAssignment(string Cohort, string PlanId, DateOnly Start, DateTimeOffset AssignedAt)
{
    public DateOnly DateOf(int day) => Start.AddDays(day - 1);
}
