using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using TrainingSim.Core.Conversations;
using TrainingSim.Core.Progress;

namespace TrainingSim.Core.Tests.Progress;

/// <summary>Builders and a canonical text of stored records (records holding lists compare by reference).</summary>
internal static class Records
{
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 30, 0, TimeSpan.FromHours(8));

    /// <summary>A clock at <see cref="Start"/> reading UTC, as a real clock does (FakeTimeProvider keeps the offset
    /// it is started with).</summary>
    public static FakeTimeProvider StartClock() => new(Start.ToUniversalTime());

    public static AttemptRecord Attempt(string trainee, string scenario = "holiday", DateTimeOffset? startedAt = null,
        string? cohort = "2026-11", Guid? id = null) => new()
    {
        Id = id ?? Guid.NewGuid(),
        Trainee = trainee,
        Cohort = cohort,
        ScenarioId = scenario,
        ScenarioVersion = "sha256:abc",
        Mode = PlayMode.Practice,
        StartedAt = startedAt ?? Start,
    };

    public static TurnRecord Turn(int index, string reply = "您好，非常抱歉让您久等了") => new()
    {
        Index = index,
        StepId = $"step-{index}",
        Reply = reply,
        Choice = index % 2 == 1 ? 2 : null,
        SecondsTaken = 12.345,
        OverTime = index == 3,
        OverTimeLoss = index == 3 ? 1 : 0,
        Matched = ["soothe", "house.honorific"],
        Missed = ["new-year"],
        Penalties = index == 2 ? ["blame"] : [],
        TimedOut = index == 2 ? ["new-year"] : [],
        HintUsed = index == 1,
        BonusMatched = index == 0,
        Score = 83,
        Net = 5,
        Maximum = 6,
        Skills = new Dictionary<string, SkillTally> { ["empathy"] = new(3, 3), ["courtesy"] = new(2, 3) },
        MoodAfter = 45,
        NextStepId = "locate",
        HungUp = false,
        AnsweredAt = Start.AddSeconds(30 * (index + 1)),
    };

    public static AttemptFinish Finish(int score = 90, int stars = 3, string outcome = "resolved", DateTimeOffset? at = null) =>
        new(outcome, outcome == "resolved", score, stars,
            new Dictionary<string, int> { ["empathy"] = score, ["courtesy"] = 100 }, at ?? Start.AddMinutes(5));

    public static AttemptRecord Completed(string trainee, string scenario, DateTimeOffset startedAt, int score, int stars,
        string outcome = "resolved") =>
        Attempt(trainee, scenario, startedAt) with
        {
            Outcome = outcome,
            Score = score,
            Stars = stars,
            Success = outcome == "resolved",
            EndedAt = startedAt.AddMinutes(4),
        };

    public static string Json(object? value) => JsonSerializer.Serialize(value);
}
