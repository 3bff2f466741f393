using TrainingSim.Cli.Tests.Support;
using TrainingSim.Core.Conversations;
using TrainingSim.Core.Progress;
using TrainingSim.Storage;

namespace TrainingSim.Cli.Tests.Commands;

/// <summary>A progress database with two trainees and three attempts (one resolved with turns, one hung up,
/// one abandoned), for the report, export, import and db commands.</summary>
internal static class ReportCommandsFixture
{
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    public static string Create(TempFolder folder, string name = "progress.db")
    {
        var path = folder.File(name);
        using var store = LiteDbProgressStore.Open(path);
        store.AddTrainee("王小明", "2026-11");
        store.AddTrainee("alice", "2026-12");
        store.ImportAttempt(Attempt("王小明", "resolved", 92, 3, 0, turns: 2));
        store.ImportAttempt(Attempt("王小明", Outcomes.HungUp, 30, 0, 1, turns: 1));
        store.ImportAttempt(Attempt("alice", Outcomes.Abandoned, 0, 0, 2, turns: 1));
        return path;
    }

    public static AttemptRecord Attempt(string trainee, string outcome, int score, int stars, int hour, int turns) => new()
    {
        Id = new Guid(hour + 1, 2, 3, [4, 5, 6, 7, 8, 9, 10, (byte)trainee.Length]),
        Trainee = trainee,
        Cohort = trainee == "alice" ? "2026-12" : "2026-11",
        ScenarioId = "holiday-bill-payment",
        ScenarioVersion = "sha256:abc",
        Mode = PlayMode.Practice,
        StartedAt = Start.AddHours(hour),
        EndedAt = Start.AddHours(hour).AddMinutes(3),
        Outcome = outcome,
        Success = outcome == "resolved",
        Score = score,
        Stars = stars,
        Skills = new Dictionary<string, int> { ["empathy"] = score, ["courtesy"] = 80 },
        Turns =
        [
            .. Enumerable.Range(0, turns).Select(i => new TurnRecord
            {
                Index = i,
                StepId = i == 0 ? "opening" : "offer",
                Reply = i == 0 ? "王先生您好，别着急" : "我帮您办理延期",
                Score = score,
                Net = 3,
                Maximum = 4,
                Matched = ["soothe"],
                Missed = i == 0 ? ["new-year"] : [],
                MoodAfter = 40,
                AnsweredAt = Start.AddHours(hour).AddMinutes(i + 1),
                Skills = new Dictionary<string, SkillTally> { ["empathy"] = new(3, 4) },
            }),
        ],
    };
}
