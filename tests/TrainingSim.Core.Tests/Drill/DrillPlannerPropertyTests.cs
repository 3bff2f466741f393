using FsCheck.Xunit;
using TrainingSim.Core.Conversations;
using TrainingSim.Core.Drill;
using TrainingSim.Core.Progress;

namespace TrainingSim.Core.Tests.Drill;

/// <summary>The drill's choice of skill from recorded attempts: the minimum of the recency-weighted scores, with
/// recent attempts weighing more and too little evidence deciding nothing.</summary>
public class DrillPlannerPropertyTests
{
    private static readonly string[] SkillIds = ["courtesy", "empathy", "solution"];
    private static readonly DateTimeOffset Start = new(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);

    /// <summary>One attempt per entry, oldest first: per skill a score 0..10 (×10 points of 100), two turns each.</summary>
    private static List<AttemptRecord> Attempts(IEnumerable<IReadOnlyDictionary<string, int>> scores) =>
    [
        .. scores.Select((bySkill, i) => new AttemptRecord
        {
            Id = Guid.NewGuid(),
            Trainee = "t",
            ScenarioId = "s",
            ScenarioVersion = "v",
            Mode = PlayMode.Practice,
            StartedAt = Start.AddHours(i),
            Turns =
            [
                .. Enumerable.Range(0, 2).Select(t => new TurnRecord
                {
                    Index = t, StepId = "step", Reply = "r", Score = 0, Net = 0, Maximum = 0, MoodAfter = 50,
                    Skills = bySkill.ToDictionary(kv => kv.Key, kv => new SkillTally(kv.Value, 10), StringComparer.Ordinal),
                }),
            ],
        }),
    ];

    /// <summary>The rule written out on its own: per-attempt score, newest first, weight ½^(age/3), last 10.</summary>
    private static double Reference(List<AttemptRecord> attempts, string skill)
    {
        var scores = attempts.AsEnumerable().Reverse()
            .Where(a => a.Turns.Any(t => t.Skills.ContainsKey(skill)))
            .Take(10)
            .Select(a => 100.0 * a.Turns.Sum(t => t.Skills[skill].Net) / a.Turns.Sum(t => t.Skills[skill].Maximum))
            .ToList();
        var weights = scores.Select((_, age) => Math.Pow(0.5, age / 3.0)).ToList();
        return scores.Zip(weights, (s, w) => s * w).Sum() / weights.Sum();
    }

    private static IReadOnlyDictionary<string, int> Scores(byte[] raw, int attempt) =>
        SkillIds.Select((id, k) => (id, raw.Length == 0 ? 5 : raw[(attempt * 3 + k) % raw.Length] % 11))
            .Where(p => (attempt + p.Item2) % 4 != 0 || p.id == "courtesy")
            .ToDictionary(p => p.id, p => p.Item2, StringComparer.Ordinal);

    [Property(MaxTest = 300)]
    public void ChosenSkill_IsTheMinimumOfTheWeightedScoresOfSkillsWithEnoughEvidence(byte[] raw, byte count)
    {
        var attempts = Attempts(Enumerable.Range(0, count % 15).Select(i => Scores(raw ?? [], i)));

        var plan = DrillPlanner.Plan(attempts, []);

        var eligible = SkillIds
            .Select(id => (id, attempts: attempts.Count(a => a.Turns.Any(t => t.Skills.ContainsKey(id)))))
            .Where(s => s.attempts >= DrillRules.MinimumAttempts)
            .Select(s => (s.id, score: Reference(attempts, s.id)))
            .ToList();
        if (eligible.Count == 0)
        {
            Assert.Null(plan.Weakest);
            return;
        }

        var weakest = Assert.IsType<SkillEvidence>(plan.Weakest);
        Assert.Equal(eligible.Min(s => s.score), weakest.WeightedScore, 9);
        Assert.Equal(Reference(attempts, weakest.Skill), weakest.WeightedScore, 9);
    }

    [Property(MaxTest = 300)]
    public void RecentLowScores_WeighMoreThanTheSameScoresLongAgo(byte[] raw)
    {
        var scores = (raw ?? []).Take(10).Select(b => b % 11).ToList();
        if (scores.Count < 2 || scores.Distinct().Count() < 2)
            return;
        var lowLast = scores.OrderByDescending(s => s).ToList();   // the newest attempt is the worst
        var lowFirst = scores.OrderBy(s => s).ToList();            // the same scores, the worst long ago

        double Weighted(List<int> oldestFirst) =>
            DrillPlanner.Evidence(Attempts(oldestFirst.Select(s => new Dictionary<string, int> { ["empathy"] = s }))).Single().WeightedScore;

        Assert.True(Weighted(lowLast) < Weighted(lowFirst));
    }

    [Fact]
    public void OneTurnOrOneCall_DecidesNothing()
    {
        var oneCall = Attempts([new Dictionary<string, int> { ["empathy"] = 0 }]);

        var plan = DrillPlanner.Plan(oneCall, []);

        Assert.Null(plan.Weakest);
        Assert.False(Assert.Single(plan.Skills).Enough);
    }
}
