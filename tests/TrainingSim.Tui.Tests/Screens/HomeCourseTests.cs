using Snapshooter.Xunit;
using Terminal.Gui.Input;
using TrainingSim.Core.Courses;
using TrainingSim.Core.Progress;
using TrainingSim.Tui.Screens;
using TrainingSim.Tui.Tests.TestSupport;

namespace TrainingSim.Tui.Tests.Screens;

/// <summary>The trainee's home with their cohort's course: the shipped 10-day plan from 21 November, today the 23rd (day 3).
/// 李娜 passed 查询话费余额 and took the day-5 exam 忘记服务密码 early, and failed it.</summary>
public sealed class HomeCourseTests
{
    private static readonly DateOnly Day1 = DateOnly.FromDateTime(GameHarness.Start.UtcDateTime).AddDays(-2);

    private static GameHarness Game(InMemoryCourseStore? courses = null)
    {
        var store = new InMemoryProgressStore();
        store.AddTrainee("李娜", "2026-12");
        store.ImportAttempts(
        [
            Attempt("polite-balance-enquiry", PlayMode.Practice, 90, 3, GameHarness.Start.AddDays(-2)),
            Attempt("forgot-service-password", PlayMode.Exam, 40, 0, GameHarness.Start.AddDays(-1)),
        ]);
        courses ??= new InMemoryCourseStore();
        courses.Assign(new CourseAssignment("2026-12", "onboarding-10-day", Day1, GameHarness.Start.AddDays(-3)));
        var game = new GameHarness(scenarios: ShippedLibrary.Scenarios, content: ShippedLibrary.Content, store: store,
            courses: courses, plans: ShippedLibrary.Plans);
        game.Press(Key.Enter);
        return game;
    }

    [Fact]
    public void Home_CohortWithAPlan_ShowsOverdueTodayAndThisWeekAtTheTop()
    {
        using var game = Game();

        var text = game.Text();
        Assert.Contains("第 3/10 天 · 考试未通过", text, StringComparison.Ordinal);
        Snapshot.Match(text);
    }

    [Fact]
    public void Home_FailedExamLine_DoesNotOpenAndSaysWhy()
    {
        using var game = Game();

        game.Press(Key.Enter);

        Assert.IsType<HomeScreen>(game.Screen);
        Assert.Contains("没有剩余次数", game.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public void Home_ExamLineAfterARetry_OpensTheBriefingInExamModeOnly()
    {
        var courses = new InMemoryCourseStore();
        courses.GrantRetry(new ExamRetry("李娜", "forgot-service-password", GameHarness.Start));
        using var game = Game(courses);
        game.Press(Key.F.WithCtrl).Type("忘记服务密码").Press(Key.CursorDown);
        var lines = game.Text().Split('\n').ToList();
        var exam = lines.FindIndex(l => l.Contains("[本周·考试] 忘记服务密码", StringComparison.Ordinal));
        var first = lines.FindIndex(l => l.Contains("[逾期] 忘记服务密码", StringComparison.Ordinal));

        Assert.True(first >= 0 && exam > first, string.Join('\n', lines));
        for (var i = 0; i < exam - first; i++)
            game.Press(Key.CursorDown);
        game.Press(Key.Enter).Press(Key.F2);

        Assert.IsType<BriefingScreen>(game.Screen);
        Assert.Contains("计划内的考试只能用考试模式", game.Text(), StringComparison.Ordinal);
    }

    private static AttemptRecord Attempt(string scenario, PlayMode mode, int score, int stars, DateTimeOffset at) => new()
    {
        Id = Guid.NewGuid(),
        Trainee = "李娜",
        Cohort = "2026-12",
        ScenarioId = scenario,
        ScenarioVersion = "v1",
        Mode = mode,
        StartedAt = at,
        EndedAt = at.AddMinutes(5),
        Outcome = stars > 0 ? "resolved" : "hung-up",
        Success = stars > 0,
        Score = score,
        Stars = stars,
    };
}
