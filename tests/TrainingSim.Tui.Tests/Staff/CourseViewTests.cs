using Snapshooter.Xunit;
using Terminal.Gui.Input;
using TrainingSim.Core.Courses;
using TrainingSim.Core.Progress;
using TrainingSim.Tui.Screens.Staff;
using TrainingSim.Tui.Tests.TestSupport;

namespace TrainingSim.Tui.Tests.Staff;

/// <summary>The course plans in the staff views: the dashboard's course column and the trainer's assignment screen.
/// 一班 follows a 10-day plan from 18 November (today, the 23rd, is day 6): billing on day 1, the angry caller on day 2,
/// a billing exam on day 10. 李华 is on track, 王芳 failed the exam (taken early), 赵强's cohort has no plan.</summary>
public sealed class CourseViewTests
{
    private static readonly CoursePlan Plan = new()
    {
        Id = "class-one",
        Title = "一班十日计划",
        Language = "zh-CN",
        Entries =
        [
            new PlanEntry { ScenarioId = TestScenarios.Billing.Id, Mode = PlayMode.Practice, Pass = PassRequirement.OneStar, FromDay = 1, DueDay = 1 },
            new PlanEntry { ScenarioId = TestScenarios.Angry.Id, Mode = PlayMode.Practice, Pass = PassRequirement.OneStar, FromDay = 2, DueDay = 2 },
            new PlanEntry { ScenarioId = TestScenarios.Billing.Id, Mode = PlayMode.Exam, Pass = new PassRequirement(null, 80), FromDay = 10, DueDay = 10 },
        ],
    };

    private static StaffHarness Staff(int role, InMemoryCourseStore courses)
    {
        var store = StaffData.Cohort();
        store.ImportAttempt(new AttemptRecord
        {
            Id = Guid.NewGuid(), Trainee = "王芳", Cohort = "一班", ScenarioId = TestScenarios.Billing.Id, ScenarioVersion = "v1hash00",
            Mode = PlayMode.Exam, StartedAt = StaffData.Now.AddHours(-2), EndedAt = StaffData.Now.AddHours(-2).AddMinutes(4),
            Outcome = "resolved", Success = true, Score = 40, Stars = 0,
        });
        var game = new StaffHarness(store: store, roles: StaffData.RolesWithPassphrases(), courses: courses, plans: [Plan]);
        game.Unlock(role, StaffData.Passphrase);
        return game;
    }

    private static InMemoryCourseStore Assigned()
    {
        var courses = new InMemoryCourseStore();
        courses.Assign(new CourseAssignment("一班", "class-one", new DateOnly(2026, 11, 18), StaffData.Now.AddDays(-6)));
        return courses;
    }

    [Fact]
    public void Dashboard_CohortWithAPlan_ShowsOnTrackBehindOrFailedExamPerTrainee()
    {
        using var game = Staff(1, Assigned());
        game.Press(Key.Enter);

        var text = game.Text();
        Assert.IsType<CohortScreen>(game.Screen);
        Assert.Contains("考试未通过", text, StringComparison.Ordinal);
        Assert.Contains("进度正常", text, StringComparison.Ordinal);
        Snapshot.Match(text);
    }

    [Fact]
    public void Trainer_AssignsAPlanToACohortFromAStartDate()
    {
        var courses = new InMemoryCourseStore();
        using var game = Staff(0, courses);
        game.Press(Key.End).Press(Key.Enter);
        Assert.IsType<CourseAssignScreen>(game.Screen);

        game.Press(Key.Tab).Press(Key.Tab).Press(Key.Tab).Press(Key.End);
        for (var i = 0; i < 10; i++)
            game.Press(Key.Backspace);
        game.Type("2026-11-25").Press(Key.Tab).Press(Key.Enter);

        Assert.Equal([new CourseAssignment("一班", "class-one", new DateOnly(2026, 11, 25), StaffData.Now)], courses.Assignments());
        Snapshot.Match(game.Text());
    }

    [Fact]
    public void Trainer_GrantsARetryForAFailedExam()
    {
        var courses = Assigned();
        using var game = Staff(0, courses);
        game.Press(Key.End).Press(Key.Enter);
        Assert.Contains("王芳", game.Text(), StringComparison.Ordinal);

        game.Press(Key.F4);

        Assert.Equal([new ExamRetry("王芳", TestScenarios.Billing.Id, StaffData.Now)], courses.Retries("王芳"));
        Assert.Contains("已准许 王芳 重考", game.Text(), StringComparison.Ordinal);
    }
}
