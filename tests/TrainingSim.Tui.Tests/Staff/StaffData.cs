using Microsoft.Extensions.Time.Testing;
using TrainingSim.Core.Progress;
using TrainingSim.Core.Security;
using TrainingSim.Tui.Tests.TestSupport;

namespace TrainingSim.Tui.Tests.Staff;

/// <summary>A small recorded cohort: 李华 (一班) doing well, 王芳 (一班) failing and idle, 赵强 (二班) new.</summary>
internal static class StaffData
{
    public const string Passphrase = "correct horse";

    public static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    /// <summary>One PBKDF2 hash for all tests (600,000 iterations are slow on purpose).</summary>
    public static string Hash { get; } = PassphraseHasher.Hash(Passphrase);

    public static InMemoryRoleStore RolesWithPassphrases()
    {
        var roles = new InMemoryRoleStore();
        roles.Save(new RoleCredential(Role.Trainer, Hash));
        roles.Save(new RoleCredential(Role.Lead, Hash));
        return roles;
    }

    public static Guid LiHuaBilling { get; } = Guid.Parse("00000000-0000-0000-0000-000000000001");

    public static Guid WangFangAngry { get; } = Guid.Parse("00000000-0000-0000-0000-000000000002");

    public static InMemoryProgressStore Cohort()
    {
        var store = new InMemoryProgressStore(new FakeTimeProvider(Now.AddDays(-10)));
        store.AddTrainee("李华", "一班");
        store.AddTrainee("王芳", "一班");
        store.AddTrainee("赵强", "二班");
        store.ImportAttempt(Billing(LiHuaBilling, "李华", "一班", Now.AddHours(-3), 88, 3, full: true));
        store.ImportAttempt(Billing(Guid.NewGuid(), "李华", "一班", Now.AddDays(-1), 64, 1, full: false));
        store.ImportAttempt(Angry(Guid.NewGuid(), "李华", "一班", Now.AddDays(-1).AddHours(1), 100, 3));
        store.ImportAttempt(Billing(Guid.NewGuid(), "王芳", "一班", Now.AddDays(-6), 30, 0, full: false));
        store.ImportAttempt(Billing(Guid.NewGuid(), "王芳", "一班", Now.AddDays(-5), 25, 0, full: false));
        store.ImportAttempt(Angry(WangFangAngry, "王芳", "一班", Now.AddDays(-4), 0, 0, hungUp: true));
        return store;
    }

    public static AttemptRecord Billing(Guid id, string trainee, string cohort, DateTimeOffset at, int score, int stars, bool full) => new()
    {
        Id = id,
        Trainee = trainee,
        Cohort = cohort,
        ScenarioId = TestScenarios.Billing.Id,
        ScenarioVersion = "v1hash00",
        Mode = PlayMode.Practice,
        StartedAt = at,
        EndedAt = at.AddMinutes(4),
        Outcome = "resolved",
        Success = stars > 0,
        Score = score,
        Stars = stars,
        Skills = new Dictionary<string, int> { ["courtesy"] = full ? 100 : 60, ["empathy"] = full ? 100 : 20, ["solution"] = score },
        Turns =
        [
            new TurnRecord
            {
                Index = 0,
                StepId = "opening",
                Reply = full ? "您好，非常抱歉，我马上帮您查一下。" : "你说什么？我帮你看看。",
                Matched = full ? ["greet", "sorry", "check"] : ["check"],
                Missed = full ? ["thanks"] : ["greet", "sorry", "thanks"],
                Score = full ? 100 : 38,
                Net = full ? 8 : 3,
                Maximum = 8,
                MoodAfter = full ? 55 : 36,
                NextStepId = "fix",
                AnsweredAt = at.AddMinutes(1),
            },
            new TurnRecord
            {
                Index = 1,
                StepId = "fix",
                Reply = "帮您退订视频会员并申请退还本月费用",
                Choice = 1,
                Score = 100,
                Net = 3,
                Maximum = 3,
                MoodAfter = full ? 65 : 46,
                NextStepId = "done",
                AnsweredAt = at.AddMinutes(2),
            },
        ],
    };

    private static AttemptRecord Angry(Guid id, string trainee, string cohort, DateTimeOffset at, int score, int stars, bool hungUp = false) => new()
    {
        Id = id,
        Trainee = trainee,
        Cohort = cohort,
        ScenarioId = TestScenarios.Angry.Id,
        ScenarioVersion = "v1hash00",
        Mode = PlayMode.Exam,
        StartedAt = at,
        EndedAt = at.AddMinutes(2),
        Outcome = hungUp ? "hung-up" : "resolved",
        Success = stars > 0,
        Score = score,
        Stars = stars,
        Skills = new Dictionary<string, int> { ["empathy"] = score },
        Turns =
        [
            new TurnRecord
            {
                Index = 0,
                StepId = "opening",
                Reply = hungUp ? "这不是我们的问题。" : "非常抱歉让您反复来电。",
                Matched = hungUp ? [] : ["sorry"],
                Missed = hungUp ? ["sorry"] : [],
                Score = score,
                Net = hungUp ? 0 : 3,
                Maximum = 3,
                MoodAfter = hungUp ? 0 : 25,
                NextStepId = hungUp ? null : "done",
                HungUp = hungUp,
                AnsweredAt = at.AddMinutes(1),
            },
        ],
    };
}
