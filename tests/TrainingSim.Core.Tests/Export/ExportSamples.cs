using TrainingSim.Core.Conversations;
using TrainingSim.Core.Progress;

namespace TrainingSim.Core.Tests.Export;

internal static class ExportSamples
{
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 8, 15, 0, TimeSpan.FromHours(8));

    public static AttemptRecord Completed() => new()
    {
        Id = new Guid("0b7c3a52-54a8-4c5e-9f3e-6f1f2b0c9d11"),
        Trainee = "王小明",
        Cohort = "2026-11",
        ScenarioId = "holiday-bill-payment",
        ScenarioVersion = "3f2a9c",
        Mode = PlayMode.Exam,
        StartedAt = Start,
        EndedAt = Start.AddSeconds(95.5),
        Outcome = "resolved",
        Success = true,
        Score = 93,
        Stars = 3,
        Skills = new Dictionary<string, int> { ["empathy"] = 100, ["courtesy"] = 86 },
        Turns =
        [
            new TurnRecord
            {
                Index = 0, StepId = "opening", Reply = "王先生您好，\"别着急\"，我来帮您查一下。", SecondsTaken = 12.25,
                OverTime = false, Matched = ["soothe", "house.honorific"], Missed = ["new-year"], Penalties = [],
                HintUsed = true, Score = 67, Net = 4, Maximum = 6,
                Skills = new Dictionary<string, SkillTally> { ["empathy"] = new(2, 3), ["courtesy"] = new(2, 3) },
                MoodAfter = 47, NextStepId = "offer", BonusMatched = true, AnsweredAt = Start.AddSeconds(12.25),
            },
            new TurnRecord
            {
                Index = 1, StepId = "offer", Reply = "延期缴费", Choice = 2, SecondsTaken = null, OverTime = true, OverTimeLoss = 3,
                Score = 100, Net = 5, Maximum = 5, Penalties = ["blame"], MoodAfter = 62, AnsweredAt = Start.AddSeconds(40),
            },
        ],
    };

    public static AttemptRecord Unfinished() => new()
    {
        Id = new Guid("7d1e4c2b-0000-4000-8000-00000000abcd"),
        Trainee = "alice",
        Cohort = null,
        ScenarioId = "roaming-charges",
        ScenarioVersion = "77aa",
        Mode = PlayMode.Practice,
        StartedAt = new DateTimeOffset(2026, 11, 22, 23, 59, 59, 123, TimeSpan.Zero),
        Turns =
        [
            new TurnRecord
            {
                Index = 0, StepId = "opening", Reply = "hello", Score = 0, Net = -2, Maximum = 4, MoodAfter = 20, HungUp = false, NextStepId = "angry",
                AnsweredAt = new DateTimeOffset(2026, 11, 23, 0, 0, 30, TimeSpan.Zero),
            },
        ],
    };

    public static AttemptRecord HungUp() => Completed() with
    {
        Id = new Guid("11111111-2222-4333-8444-555555555555"),
        Outcome = "hung-up",
        Success = false,
        Score = 40,
        Stars = 0,
        Turns = [],
    };
}
