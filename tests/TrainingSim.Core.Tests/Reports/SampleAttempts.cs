using TrainingSim.Core.Conversations;
using TrainingSim.Core.Progress;

namespace TrainingSim.Core.Tests.Reports;

/// <summary>Attempt records as the recorder stores them, built by hand for the definition tests.</summary>
internal static class SampleAttempts
{
    public static readonly DateTimeOffset Monday = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    private static int _next;

    public static AttemptRecord Attempt(
        string trainee,
        string scenario,
        string? outcome,
        int score,
        int stars = 0,
        string? cohort = "2026-11",
        IReadOnlyDictionary<string, int>? skills = null,
        int minutes = 0,
        IReadOnlyList<TurnRecord>? turns = null,
        string version = "v1hash")
    {
        var started = Monday.AddMinutes(minutes);
        return new AttemptRecord
        {
            Id = new Guid(Interlocked.Increment(ref _next), 0, 0, [0, 0, 0, 0, 0, 0, 0, 1]),
            Trainee = trainee,
            Cohort = cohort,
            ScenarioId = scenario,
            ScenarioVersion = version,
            Mode = PlayMode.Practice,
            StartedAt = started,
            EndedAt = outcome is null ? null : started.AddMinutes(3),
            Outcome = outcome,
            Success = outcome == "resolved",
            Score = score,
            Stars = stars,
            Skills = skills ?? new Dictionary<string, int>(),
            Turns = turns ?? [],
        };
    }

    public static TurnRecord Turn(
        int index,
        string step,
        int score,
        string[]? matched = null,
        string[]? missed = null,
        string[]? penalties = null,
        string reply = "您好",
        int minute = 1) => new()
    {
        Index = index,
        StepId = step,
        Reply = reply,
        Score = score,
        Net = score / 10,
        Maximum = 10,
        Matched = matched ?? [],
        Missed = missed ?? [],
        Penalties = penalties ?? [],
        MoodAfter = 50,
        AnsweredAt = Monday.AddMinutes(minute),
        Skills = new Dictionary<string, SkillTally> { ["empathy"] = new(score / 10, 10) },
    };
}
