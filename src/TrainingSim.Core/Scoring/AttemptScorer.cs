using TrainingSim.Core.Conversations;

namespace TrainingSim.Core.Scoring;

/// <summary>An attempt's score and skill scores from its answered steps.</summary>
public static class AttemptScorer
{
    /// <summary>round(100 × Σ net / Σ maximum) over the answered steps, kept within 0..100; 0 when no step with a
    /// maximum above 0 was answered. (Format-1 nets are never negative; a format-2 net may be, so that a penalty
    /// carries across the call.)</summary>
    public static int Score(IEnumerable<(int Net, int Maximum)> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        long net = 0, maximum = 0;
        foreach (var step in steps)
        {
            if (step.Maximum <= 0)
                continue;
            net += step.Net;
            maximum += step.Maximum;
        }

        return Math.Clamp(ScoreMath.Percent(net, maximum), 0, 100);
    }

    public static int Score(IEnumerable<TurnResult> turns) => Score(turns.Select(t => (t.Net, t.Maximum)));

    /// <summary>Each skill's score the same way over its per-step tallies, kept within 0..100; a skill with no
    /// maximum in the attempt has no score (it is left out), unless its net is negative (a format-2 penalty on a
    /// skill with nothing to earn): then it scores 0.</summary>
    public static IReadOnlyDictionary<string, int> Skills(IEnumerable<IReadOnlyDictionary<string, SkillTally>> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        var totals = new Dictionary<string, SkillTally>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var step in steps)
        {
            foreach (var (skill, tally) in step)
            {
                if (!totals.TryGetValue(skill, out var total))
                    order.Add(skill);
                totals[skill] = total.Add(tally);
            }
        }

        var scores = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var skill in order)
        {
            var total = totals[skill];
            if (total.Maximum > 0)
                scores[skill] = Math.Clamp(ScoreMath.Percent(total.Net, total.Maximum), 0, 100);
            else if (total.Net < 0)
                scores[skill] = 0;
        }

        return scores;
    }

    public static IReadOnlyDictionary<string, int> Skills(IEnumerable<TurnResult> turns) =>
        Skills(turns.Select(t => t.Skills));
}
