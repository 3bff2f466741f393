using TrainingSim.Core.Courses;

namespace TrainingSim.Core.Tests.Courses;

/// <summary>What every <see cref="ICourseStore"/> does; run against the in-memory store here and against the LiteDB store
/// in the storage tests (this file is linked there).</summary>
public abstract class CourseStoreContract
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);

    protected abstract ICourseStore Store { get; }

    /// <summary>A second store on the same data (a new process for the database store).</summary>
    protected abstract ICourseStore Reopen();

    [Fact]
    public void Assign_TwoCohorts_ListedByCohortAfterReopening()
    {
        Store.Assign(new CourseAssignment("2026-12", "onboarding-10-day", new DateOnly(2026, 12, 7), Noon));
        Store.Assign(new CourseAssignment("2026-11", "starter-3-day", new DateOnly(2026, 11, 30), Noon));

        Assert.Equal(
            [new CourseAssignment("2026-11", "starter-3-day", new DateOnly(2026, 11, 30), Noon),
             new CourseAssignment("2026-12", "onboarding-10-day", new DateOnly(2026, 12, 7), Noon)],
            Reopen().Assignments());
    }

    [Fact]
    public void Assign_SameCohortAgain_ReplacesItsPlan()
    {
        Store.Assign(new CourseAssignment("2026-12", "a", new DateOnly(2026, 12, 7), Noon));
        Store.Assign(new CourseAssignment("2026-12", "b", new DateOnly(2026, 12, 14), Noon.AddDays(1)));

        Assert.Equal([new CourseAssignment("2026-12", "b", new DateOnly(2026, 12, 14), Noon.AddDays(1))], Reopen().Assignments());
    }

    [Fact]
    public void GrantRetry_KeptPerTrainee_OldestFirst()
    {
        Store.GrantRetry(new ExamRetry("李娜", "exam-b", Noon.AddHours(1)));
        Store.GrantRetry(new ExamRetry("王伟", "exam-a", Noon));
        Store.GrantRetry(new ExamRetry("李娜", "exam-a", Noon));

        Assert.Equal([new ExamRetry("李娜", "exam-a", Noon), new ExamRetry("李娜", "exam-b", Noon.AddHours(1))], Reopen().Retries("李娜"));
        Assert.Empty(Reopen().Retries("nobody"));
    }
}
