using TrainingSim.Core.Courses;
using TrainingSim.Core.Progress;

namespace TrainingSim.Core.Tests.Courses;

/// <summary>The rules of docs/courses.md: what is passed, due, overdue and failed, and the trainee's standing.</summary>
public sealed class CourseProgressTests
{
    private static readonly TimeZoneInfo Beijing = TimeZoneInfo.CreateCustomTimeZone("UTC+8", TimeSpan.FromHours(8), "UTC+8", "UTC+8");
    private static readonly DateOnly Day1 = new(2026, 12, 7);
    private static readonly CourseAssignment Assignment = new("2026-12", "plan", Day1, Instant(Day1.AddDays(-1), 9));

    private static readonly CoursePlan Plan = new()
    {
        Id = "plan",
        Title = "Plan",
        Language = "zh-CN",
        Entries =
        [
            Entry("basics", 1),
            Entry("signal", 3, pass: new PassRequirement(2, null)),
            Entry("basics-exam", 5, PlayMode.Exam, new PassRequirement(null, 80)),
            Entry("later", 10),
        ],
    };

    [Fact]
    public void Day_IsTheStartDatePlusNMinusOne()
    {
        Assert.Equal(new DateOnly(2026, 12, 16), Assignment.DateOf(10));
        Assert.Equal(3, Status([], Day1.AddDays(2)).Day);
    }

    [Fact]
    public void NothingPlayed_OnDay1_BasicsDueTodaySignalThisWeekNothingOverdue()
    {
        var status = Status([], Day1);

        Assert.Equal(["basics"], status.DueToday.Select(e => e.Entry.ScenarioId));
        Assert.Equal(["signal", "basics-exam"], status.DueThisWeek.Select(e => e.Entry.ScenarioId));
        Assert.Empty(status.Overdue);
        Assert.Equal(Standing.OnTrack, status.Standing);
    }

    [Fact]
    public void NotPassedAfterItsDay_IsOverdue_AndTheTraineeBehind()
    {
        var status = Status([Attempt("basics", Day1, stars: 0)], Day1.AddDays(1));

        Assert.Equal(["basics"], status.Overdue.Select(e => e.Entry.ScenarioId));
        Assert.Equal(Standing.Behind, status.Standing);
    }

    [Fact]
    public void PassedLate_IsNoLongerOverdue()
    {
        var status = Status([Attempt("basics", Day1.AddDays(2), stars: 1)], Day1.AddDays(2));

        Assert.Equal(EntryStatus.Passed, status.Entries[0].Status);
        Assert.Empty(status.Overdue);
        Assert.Equal(Standing.OnTrack, status.Standing);
    }

    [Fact]
    public void AttemptBeforeTheStartDate_DoesNotCount()
    {
        var status = Status([Attempt("basics", Day1.AddDays(-1), stars: 3)], Day1.AddDays(1));

        Assert.Equal(EntryStatus.Open, status.Entries[0].Status);
    }

    [Fact]
    public void StartDate_IsTheLocalDate_NotUtc()
    {
        // 00:30 in Beijing on day 1 is still the day before in UTC.
        var attempt = Attempt("basics", Day1, stars: 1) with { StartedAt = new DateTimeOffset(Day1.ToDateTime(new TimeOnly(0, 30)), TimeSpan.FromHours(8)) };

        Assert.Equal(EntryStatus.Passed, Status([attempt], Day1).Entries[0].Status);
    }

    [Fact]
    public void PassRequirement_StarsAndScore_BothNeeded()
    {
        var status = Status([Attempt("signal", Day1, stars: 1, score: 99)], Day1);

        Assert.Equal(EntryStatus.Open, status.Entries[1].Status);
    }

    [Fact]
    public void Exam_PracticeAttemptsDoNotCount()
    {
        var status = Status([Attempt("basics-exam", Day1, stars: 3, score: 100)], Day1);

        Assert.Equal(EntryStatus.Open, status.Entries[2].Status);
        Assert.True(status.Entries[2].Playable);
    }

    [Fact]
    public void Exam_FailedOnce_IsFailedExam_NotPlayable_AndOverdueAfterItsDay()
    {
        var attempts = new[] { Attempt("basics-exam", Day1.AddDays(4), stars: 1, score: 70, mode: PlayMode.Exam) };

        var onTheDay = Status(attempts, Day1.AddDays(4));
        var after = Status(attempts, Day1.AddDays(5));

        Assert.Equal((EntryStatus.Failed, false, 0), (onTheDay.Entries[2].Status, onTheDay.Entries[2].Playable, onTheDay.Entries[2].ExamTriesLeft));
        Assert.Equal(Standing.FailedExam, onTheDay.Standing);
        Assert.Contains(after.Entries[2], after.Overdue);
    }

    [Fact]
    public void Exam_AbandonedTry_CountsAsPlayed()
    {
        var abandoned = Attempt("basics-exam", Day1, stars: 0, mode: PlayMode.Exam) with { Outcome = null, EndedAt = null };

        Assert.Equal(EntryStatus.Failed, Status([abandoned], Day1).Entries[2].Status);
    }

    [Fact]
    public void Exam_RetryGranted_OneMoreTry_ThenPassed()
    {
        var failed = Attempt("basics-exam", Day1, stars: 1, score: 50, mode: PlayMode.Exam);
        var retry = new ExamRetry("李娜", "basics-exam", Instant(Day1, 15));
        var passed = Attempt("basics-exam", Day1.AddDays(1), stars: 2, score: 85, mode: PlayMode.Exam);

        var open = Status([failed], Day1, [retry]);
        var done = Status([failed, passed], Day1.AddDays(1), [retry]);

        Assert.Equal((EntryStatus.Open, 1, Standing.OnTrack), (open.Entries[2].Status, open.Entries[2].ExamTriesLeft, open.Standing));
        Assert.Equal(EntryStatus.Passed, done.Entries[2].Status);
    }

    [Fact]
    public void Entries_OfOtherTrainees_DoNotCount()
    {
        var status = Status([Attempt("basics", Day1, stars: 3) with { Trainee = "王伟" }], Day1);

        Assert.Equal(EntryStatus.Open, status.Entries[0].Status);
    }

    [Fact]
    public void DueThisWeek_IsTheSixDaysAfterToday()
    {
        var status = Status([], Day1.AddDays(3));

        Assert.Equal(["basics-exam", "later"], status.DueThisWeek.Select(e => e.Entry.ScenarioId));
        Assert.DoesNotContain(Status([], Day1.AddDays(2)).DueThisWeek, e => e.Entry.ScenarioId == "later");
    }

    private static TraineeCourseStatus Status(IReadOnlyList<AttemptRecord> attempts, DateOnly today, IReadOnlyList<ExamRetry>? retries = null) =>
        CourseProgress.For("李娜", Plan, Assignment, attempts, retries ?? [], today, Beijing);

    private static PlanEntry Entry(string scenario, int day, PlayMode mode = PlayMode.Practice, PassRequirement? pass = null) => new()
    {
        ScenarioId = scenario, Mode = mode, Pass = pass ?? PassRequirement.OneStar, FromDay = day, DueDay = day,
    };

    private static DateTimeOffset Instant(DateOnly date, int hour) => new(date.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.FromHours(8));

    private static AttemptRecord Attempt(string scenario, DateOnly date, int stars, int score = 80, PlayMode mode = PlayMode.Practice) => new()
    {
        Id = Guid.NewGuid(),
        Trainee = "李娜",
        Cohort = "2026-12",
        ScenarioId = scenario,
        ScenarioVersion = "v",
        Mode = mode,
        StartedAt = Instant(date, 10),
        EndedAt = Instant(date, 10).AddMinutes(5),
        Outcome = "resolved",
        Score = score,
        Stars = stars,
    };
}
