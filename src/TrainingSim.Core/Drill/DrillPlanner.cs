using TrainingSim.Core.Conversations;
using TrainingSim.Core.Progress;
using TrainingSim.Core.Scenarios;

namespace TrainingSim.Core.Drill;

/// <summary>Plans the weak-skill drill from a trainee's recorded attempts (a pure function of them, so it is
/// planned again after every attempt): the skill with the lowest recency-weighted score among those with enough
/// evidence, and the playable scenarios that train it most, those where the trainee missed it most first.</summary>
public static class DrillPlanner
{
    /// <summary>The plan for a trainee from the store: their attempts, the catalog's unlocked scenarios in the
    /// languages they have played (every language when they have played nothing the catalog holds).</summary>
    public static DrillPlan ForTrainee(IProgressStore store, Trainee trainee, IReadOnlyList<Scenario> catalog, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(trainee);
        ArgumentNullException.ThrowIfNull(catalog);
        var attempts = store.Attempts(new AttemptQuery(Trainee: trainee.Name));
        var summary = ProgressSummary.Compute(attempts, catalog.Select(s => s.Id), clock);
        var unlocked = Unlocks.Compute(catalog, summary.Best);
        return Plan(attempts, [.. catalog.Where(s => unlocked.Contains(s.Id))]);
    }

    /// <param name="attempts">The trainee's attempts with their turns, oldest first.</param>
    /// <param name="playable">The scenarios the queue may offer.</param>
    public static DrillPlan Plan(IReadOnlyList<AttemptRecord> attempts, IReadOnlyList<Scenario> playable)
    {
        ArgumentNullException.ThrowIfNull(attempts);
        ArgumentNullException.ThrowIfNull(playable);
        var ordered = attempts.OrderBy(a => a.StartedAt).ToList();
        var skills = Evidence(ordered)
            .OrderBy(e => e.Enough ? 0 : 1)
            .ThenBy(e => e.WeightedScore)
            .ThenBy(e => e.Skill, StringComparer.Ordinal)
            .ToList();
        var weakest = skills.FirstOrDefault(e => e.Enough);
        if (weakest is null)
            return new DrillPlan(skills, null, []);
        return new DrillPlan(skills, weakest, Queue(weakest.Skill, ordered, InLanguagesPlayed(playable, ordered)));
    }

    /// <summary>Per skill, each attempt's score for it (its turns' net over maximum), weighted by the attempt's age
    /// among the attempts that scored the skill, newest first.</summary>
    public static IReadOnlyList<SkillEvidence> Evidence(IReadOnlyList<AttemptRecord> attemptsOldestFirst)
    {
        ArgumentNullException.ThrowIfNull(attemptsOldestFirst);
        var perSkill = new Dictionary<string, List<(double Score, int Turns)>>(StringComparer.Ordinal);
        for (var a = attemptsOldestFirst.Count - 1; a >= 0; a--)
        {
            var tallies = new Dictionary<string, (SkillTally Tally, int Turns)>(StringComparer.Ordinal);
            foreach (var turn in attemptsOldestFirst[a].Turns)
            {
                foreach (var (skill, tally) in turn.Skills)
                {
                    if (tally.Maximum <= 0)
                        continue;
                    var (sum, turns) = tallies.GetValueOrDefault(skill);
                    tallies[skill] = (sum.Add(tally), turns + 1);
                }
            }

            foreach (var (skill, (tally, turns)) in tallies)
            {
                if (!perSkill.TryGetValue(skill, out var list))
                    perSkill[skill] = list = [];
                if (list.Count < DrillRules.Window)
                    list.Add((Math.Clamp(100.0 * tally.Net / tally.Maximum, 0, 100), turns));
            }
        }

        return [.. perSkill.Select(kv => Weigh(kv.Key, kv.Value))];
    }

    private static SkillEvidence Weigh(string skill, List<(double Score, int Turns)> newestFirst)
    {
        double sum = 0, weights = 0;
        for (var age = 0; age < newestFirst.Count; age++)
        {
            var weight = DrillRules.Weight(age);
            sum += weight * newestFirst[age].Score;
            weights += weight;
        }

        return new SkillEvidence(skill, newestFirst.Count, newestFirst.Sum(e => e.Turns), sum / weights);
    }

    private static List<Scenario> InLanguagesPlayed(IReadOnlyList<Scenario> playable, List<AttemptRecord> attempts)
    {
        var played = attempts.Select(a => a.ScenarioId).ToHashSet(StringComparer.Ordinal);
        var languages = playable.Where(s => played.Contains(s.Id)).Select(s => s.Language).ToHashSet(StringComparer.Ordinal);
        return languages.Count == 0 ? [.. playable] : [.. playable.Where(s => languages.Contains(s.Language))];
    }

    private static List<DrillPick> Queue(string skill, List<AttemptRecord> attempts, List<Scenario> playable) =>
    [
        .. playable
            .Select(s => (Scenario: s, Share: SkillShare(s, skill)))
            .Where(p => p.Share > 0)
            .Select(p =>
            {
                var (miss, tried) = MissRate(p.Scenario, skill, attempts);
                return new DrillPick(p.Scenario, p.Share, miss, p.Share * (1 + miss), tried);
            })
            .OrderByDescending(p => p.Rank)
            .ThenBy(p => p.Scenario.Difficulty)
            .ThenBy(p => p.Scenario.Id, StringComparer.Ordinal)
            .Take(DrillRules.QueueLength),
    ];

    /// <summary>The skill's share of the points a scenario can give: its positive, non-bonus rubric items (house
    /// items included) and, per choice step, its best choice's points.</summary>
    public static double SkillShare(Scenario scenario, string skill)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        double mine = 0, all = 0;
        foreach (var step in scenario.Steps.Values)
        {
            switch (step)
            {
                case FreeTextStep free:
                    foreach (var item in free.Rubric.Where(i => !i.IsPenalty && !i.Bonus))
                    {
                        all += item.Points;
                        if (item.Skill == skill)
                            mine += item.Points;
                    }

                    break;
                case ChoiceStep choice when choice.Choices.Count > 0:
                    var best = choice.Choices.MaxBy(c => c.Total)!;
                    foreach (var (id, points) in best.Points.Where(p => p.Value > 0))
                    {
                        all += points;
                        if (id == skill)
                            mine += points;
                    }

                    break;
            }
        }

        return all == 0 ? 0 : mine / all;
    }

    private static (double Rate, bool Tried) MissRate(Scenario scenario, string skill, List<AttemptRecord> attempts)
    {
        var items = scenario.Steps.Values.OfType<FreeTextStep>()
            .SelectMany(s => s.Rubric.Where(i => !i.IsPenalty && i.Skill == skill).Select(i => (s.Id, i.Id)))
            .ToHashSet();
        int missed = 0, matched = 0;
        foreach (var turn in attempts.Where(a => a.ScenarioId == scenario.Id).SelectMany(a => a.Turns))
        {
            missed += turn.Missed.Count(id => items.Contains((turn.StepId, id)));
            matched += turn.Matched.Count(id => items.Contains((turn.StepId, id)));
        }

        return missed + matched == 0 ? (0, false) : ((double)missed / (missed + matched), true);
    }
}
