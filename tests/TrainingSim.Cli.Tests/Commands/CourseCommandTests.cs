using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Snapshooter.Xunit;
using TrainingSim.Cli.Tests.Support;
using TrainingSim.Core.Progress;
using TrainingSim.Storage;

namespace TrainingSim.Cli.Tests.Commands;

/// <summary><c>course assign/list/status/retry</c> on the shipped plans, a real database and a fake clock in Beijing time.</summary>
public sealed class CourseCommandTests : IDisposable
{
    private static readonly TimeZoneInfo Beijing = TimeZoneInfo.CreateCustomTimeZone("UTC+8", TimeSpan.FromHours(8), "UTC+8", "UTC+8");
    private readonly TempFolder _temp = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 7, 17, 0, 0, TimeSpan.Zero)); // 01:00 on 8 December in Beijing

    public CourseCommandTests() => _clock.SetLocalTimeZone(Beijing);

    private string Db => _temp.File("progress.db");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Assign_WithoutStart_StartsTodayInTheLocalZone()
    {
        var result = Run("course", "assign", "onboarding-10-day", "--cohort", "2026-12");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(["cohort 2026-12 follows plan onboarding-10-day (新员工十日入职培训): day 1 is 2026-12-08, day 10 is 2026-12-17"], result.OutLines);
        using var json = JsonDocument.Parse(Run("course", "list", "--format", "json").Out);
        var assignment = Assert.Single(json.RootElement.GetProperty("assignments").EnumerateArray());
        Assert.Equal(("2026-12", "onboarding-10-day", "2026-12-08"),
            (assignment.GetProperty("cohort").GetString(), assignment.GetProperty("plan").GetString(), assignment.GetProperty("start").GetString()));
    }

    [Fact]
    public void Assign_UnknownPlanOrBadDate_OneLineExit2_NothingStored()
    {
        var unknown = Run("course", "assign", "onboarding-10", "--cohort", "2026-12");
        var date = Run("course", "assign", "onboarding-10-day", "--cohort", "2026-12", "--start", "2026-02-30");

        Assert.Equal((ExitCodes.Usage, ExitCodes.Usage), (unknown.ExitCode, date.ExitCode));
        Assert.Equal(["trainingsim: error: unknown course plan 'onboarding-10'; did you mean 'onboarding-10-day'?"], unknown.ErrorLines);
        Assert.Equal(["trainingsim: error: '2026-02-30' is not a date: write it as YYYY-MM-DD"], date.ErrorLines);
        using var store = LiteDbProgressStore.OpenForReading(Db);
        Assert.Empty(store.Assignments());
    }

    [Fact]
    public void Assign_StaffPassphraseSet_NeedsIt()
    {
        var set = InProcessCli.RunIn(Environment(), "correct horse battery\ncorrect horse battery\n",
            "staff", "passphrase", "--role", "trainer", "--db", Db);
        Assert.Equal(ExitCodes.Success, set.ExitCode);

        var refused = Run("course", "assign", "onboarding-10-day", "--cohort", "2026-12");
        var allowed = InProcessCli.RunIn(Environment() with { StaffPassphraseVariable = "correct horse battery" }, "",
            "course", "assign", "onboarding-10-day", "--cohort", "2026-12", "--db", Db, "--lang", "en");

        Assert.Equal(ExitCodes.Usage, refused.ExitCode);
        Assert.Equal(ExitCodes.Success, allowed.ExitCode);
    }

    [Fact]
    public void Status_OnDay2_OnTrackBehindAndFailedExam()
    {
        Classroom();

        var result = Run("course", "status", "--cohort", "2026-12");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Snapshot.Match(result.Out);
    }

    [Fact]
    public void Status_Json_GivesEachTraineesStandingAndOverdueEntries()
    {
        Classroom();

        using var json = JsonDocument.Parse(Run("course", "status", "--cohort", "2026-12", "--format", "json").Out);

        var trainees = json.RootElement.GetProperty("trainees").EnumerateArray().ToDictionary(t => t.GetProperty("name").GetString()!);
        Assert.Equal(2, json.RootElement.GetProperty("day").GetInt32());
        Assert.Equal("on-track", trainees["李娜"].GetProperty("standing").GetString());
        Assert.Equal("behind", trainees["王伟"].GetProperty("standing").GetString());
        Assert.Equal(Basics, trainees["王伟"].GetProperty("overdue").EnumerateArray().Select(e => e.GetProperty("scenario").GetString()));
        Assert.Equal("failed-exam", trainees["张敏"].GetProperty("standing").GetString());
        Assert.Equal(["sim-swap-4g", "data-pack-roaming", "gigabit-upgrade-advice", "family-shared-sim", "plan-change-advice", "bill-line-by-line", "contract-plan-downgrade"],
            trainees["李娜"].GetProperty("due_today").EnumerateArray().Select(e => e.GetProperty("scenario").GetString()));
    }

    [Fact]
    public void Retry_FailedExam_TheTraineeIsNoLongerFailed()
    {
        Classroom();

        var retry = Run("course", "retry", "--trainee", "张敏", "--scenario", "forgot-service-password");
        var notExam = Run("course", "retry", "--trainee", "张敏", "--scenario", "sim-swap-4g");

        Assert.Equal(ExitCodes.Success, retry.ExitCode);
        Assert.Equal(["张敏 may play the exam forgot-service-password once more"], retry.OutLines);
        Assert.Equal(ExitCodes.Problem, notExam.ExitCode);
        using var json = JsonDocument.Parse(Run("course", "status", "--cohort", "2026-12", "--format", "json").Out);
        var zhang = json.RootElement.GetProperty("trainees").EnumerateArray().Single(t => t.GetProperty("name").GetString() == "张敏");
        Assert.Equal("on-track", zhang.GetProperty("standing").GetString());
    }

    [Fact]
    public void Status_CohortWithoutPlan_Exit1()
    {
        var result = Run("course", "status", "--cohort", "nobody");

        Assert.Equal(ExitCodes.Problem, result.ExitCode);
        Assert.Equal(["trainingsim: error: cohort nobody has no course plan: assign one with 'trainingsim course assign PLAN --cohort nobody'"], result.ErrorLines);
    }

    /// <summary>Day 1 of the shipped plan: the module 基础服务, easiest first.</summary>
    private static readonly string[] Basics = ["polite-balance-enquiry", "forgot-service-password", "transfer-and-hold", "bad-line-callback", "abusive-caller"];

    /// <summary>Cohort 2026-12 on the 10-day plan from 7 December; today is 8 December (day 2). 李娜 passed every day-1
    /// scenario, 王伟 played only before the course started, 张敏 passed day 1 but failed the day-5 exam, taken early.</summary>
    private void Classroom()
    {
        Assert.Equal(ExitCodes.Success, Run("course", "assign", "onboarding-10-day", "--cohort", "2026-12", "--start", "2026-12-07").ExitCode);
        using var store = LiteDbProgressStore.Open(Db);
        foreach (var name in (string[])["李娜", "王伟", "张敏"])
            store.AddTrainee(name, "2026-12");
        var day1 = new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.FromHours(8));
        store.ImportAttempts(
        [
            .. Basics.Select((id, i) => Attempt("李娜", id, day1.AddMinutes(10 * i), PlayMode.Practice, 75 + i, 1)),
            .. Basics.Select((id, i) => Attempt("张敏", id, day1.AddMinutes(10 * i), PlayMode.Practice, 80, 2)),
            Attempt("张敏", "forgot-service-password", day1.AddHours(2), PlayMode.Exam, 50, 0),
            Attempt("王伟", "polite-balance-enquiry", day1.AddDays(-1), PlayMode.Practice, 100, 3),
        ]);
    }

    private static AttemptRecord Attempt(string trainee, string scenario, DateTimeOffset at, PlayMode mode, int score, int stars) => new()
    {
        Id = Guid.NewGuid(),
        Trainee = trainee,
        Cohort = "2026-12",
        ScenarioId = scenario,
        ScenarioVersion = "v1",
        Mode = mode,
        StartedAt = at,
        EndedAt = at.AddMinutes(4),
        Outcome = stars > 0 ? "resolved" : "hung-up",
        Success = stars > 0,
        Score = score,
        Stars = stars,
    };

    private CliEnvironment Environment() => InProcessCli.Environment() with { Clock = _clock };

    private CliResult Run(params string[] args) => InProcessCli.RunIn(Environment(), "", [.. args, "--db", Db, "--lang", "en"]);
}
