using TrainingSim.Core.Conversations;
using TrainingSim.Core.Progress;
using TrainingSim.Core.Scenarios;

namespace TrainingSim.Benchmarks.Centre;

/// <summary>A generated training centre: trainees in classrooms (cohorts) of 50, each with the same number of
/// attempts of 12 scenarios and the same number of turns per attempt; 8 in 10 attempts resolved, 1 hung up, 1
/// abandoned. Deterministic: the same sizes give the same attempts (one seeded random, trainee by trainee).</summary>
internal static class CentreData
{
    public const int ClassroomSize = 50;
    public const int Scenarios = 12;

    private static readonly string[] Skills = ["empathy", "courtesy", "solution"];
    private static readonly string[] Items = ["soothe", "apology", "new-year", "house.honorific", "solution", "follow-up"];
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 0, 0, TimeSpan.FromHours(8));

    public static string TraineeName(int trainee) => $"学员{trainee:D4}";

    public static string CohortName(int trainee) => $"2026-{trainee / ClassroomSize + 1:D2}";

    /// <summary>The scenarios the generated attempts play, scenario-0 … scenario-11: four modules of three.</summary>
    public static IReadOnlyList<Scenario> Catalog() => [.. Enumerable.Range(0, Scenarios).Select(i => new Scenario
    {
        Id = $"scenario-{i}",
        Title = $"场景 {i}",
        Language = "zh-CN",
        Module = $"单元 {i / 3}",
        Difficulty = 1 + (i % 3),
        Start = "end",
        Steps = new Dictionary<string, Step> { ["end"] = new EndStep { Id = "end", Outcome = "resolved" } },
    })];

    /// <summary>Each trainee's attempts (with turns), trainee after trainee; enumerate once, in order.</summary>
    public static IEnumerable<IReadOnlyList<AttemptRecord>> ByTrainee(int trainees, int attemptsPerTrainee, int turnsPerAttempt)
    {
        var random = new Random(20261123);
        for (var t = 0; t < trainees; t++)
        {
            var attempts = new List<AttemptRecord>(attemptsPerTrainee);
            for (var a = 0; a < attemptsPerTrainee; a++)
                attempts.Add(Attempt(random, t, a, turnsPerAttempt));
            yield return attempts;
        }
    }

    private static AttemptRecord Attempt(Random random, int t, int a, int turnsPerAttempt)
    {
        // Every attempt in the past (import refuses times ahead of the clock): 50 attempts span 150 days.
        var started = Start.AddDays(a * 3).AddMinutes(t * 7);
        var roll = random.Next(10);
        var outcome = roll < 8 ? "resolved" : roll == 8 ? Outcomes.HungUp : Outcomes.Abandoned;
        var score = random.Next(20, 101);
        var turns = Enumerable.Range(0, turnsPerAttempt).Select(i => new TurnRecord
        {
            Index = i,
            StepId = $"step-{i}",
            Reply = "王先生您好，非常抱歉让您着急了，我马上帮您查一下最近的营业厅。",
            SecondsTaken = 5 + random.Next(40),
            Matched = [.. Items.Where(_ => random.Next(2) == 0)],
            Missed = [.. Items.Where(_ => random.Next(4) == 0)],
            Score = random.Next(0, 101),
            Net = random.Next(0, 8),
            Maximum = 8,
            Skills = Skills.ToDictionary(s => s, _ => new SkillTally(random.Next(0, 4), 4)),
            MoodAfter = random.Next(0, 101),
            NextStepId = $"step-{i + 1}",
            AnsweredAt = started.AddSeconds(30 * (i + 1)),
        }).ToList();
        return new AttemptRecord
        {
            // A valid version-4 UUID (an LRS refuses other registrations): version nibble 4, variant bits 10.
            Id = new Guid(t, (short)a, 0x4000, [0x80, 2, 3, 4, 5, 6, 7, 8]),
            Trainee = TraineeName(t),
            Cohort = CohortName(t),
            ScenarioId = $"scenario-{a % Scenarios}",
            ScenarioVersion = "sha256:bench",
            Mode = a % 5 == 0 ? PlayMode.Exam : PlayMode.Practice,
            StartedAt = started,
            EndedAt = started.AddMinutes(6),
            Outcome = outcome,
            Success = outcome == "resolved" && score >= 60,
            Score = outcome == Outcomes.Abandoned ? 0 : score,
            Stars = outcome == "resolved" ? Math.Clamp((score - 50) / 15, 0, 3) : 0,
            Skills = Skills.ToDictionary(s => s, _ => random.Next(0, 101)),
            Turns = turns,
        };
    }
}
