using TrainingSim.Core.Conversations;
using TrainingSim.Core.Scenarios;

namespace TrainingSim.Core.Scoring;

/// <summary>Scores one reply against a free-text step, as the scenario format's scoring rules say.</summary>
public static class ReplyScorer
{
    /// <summary>Matches and scores <paramref name="reply"/>.</summary>
    /// <param name="overTime">Sent after <c>reply_seconds</c>.</param>
    /// <param name="hintUsed">The trainee revealed hints on this turn: bonus items earn nothing.</param>
    /// <remarks>
    /// The maximum is the sum of the positive non-bonus items; the net is earned positives (bonus included)
    /// plus matched penalties, clamped to 0..maximum. Over time, the loss (10% of the maximum, rounded up)
    /// is taken from that clamped net, which is then clamped at 0 again: a bonus can never buy back the
    /// time, and the loss never makes the net negative. Skill tallies are clamped per skill and do not
    /// carry the over-time loss (it belongs to no skill).
    /// </remarks>
    public static StepEvaluation Score(FreeTextStep step, string reply, bool overTime = false, bool hintUsed = false)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(reply);
        var matches = StepMatcher.For(step).Match(reply);

        var matched = new List<ItemMatch>();
        var missed = new List<RubricItem>();
        var penalties = new List<ItemMatch>();
        var earned = 0;
        var penaltyPoints = 0;
        var maximum = 0;
        var skills = new Dictionary<string, (int Raw, int Max)>(StringComparer.Ordinal);

        for (var i = 0; i < step.Rubric.Count; i++)
        {
            var item = step.Rubric[i];
            var match = matches[i];
            var points = 0;
            var skillMax = 0;
            if (item.IsPenalty)
            {
                if (match is not null)
                {
                    penalties.Add(match);
                    points = item.Points;
                    penaltyPoints += points;
                }
            }
            else
            {
                if (!item.Bonus)
                    skillMax = item.Points;
                if (match is null)
                {
                    missed.Add(item);
                }
                else
                {
                    matched.Add(match);
                    if (!(item.Bonus && hintUsed))
                        points = item.Points;
                    earned += points;
                }
            }

            maximum += skillMax;
            skills.TryGetValue(item.Skill, out var tally);
            skills[item.Skill] = (tally.Raw + points, tally.Max + skillMax);
        }

        var net = Math.Clamp(earned + penaltyPoints, 0, maximum);
        var loss = overTime ? ScoreMath.OverTimeLoss(maximum) : 0;
        net = Math.Max(0, net - loss);
        var penalized = penalties.Count > 0;

        return new StepEvaluation
        {
            Step = step,
            Reply = reply,
            Matched = matched,
            Missed = missed,
            Penalties = penalties,
            Earned = earned,
            PenaltyPoints = penaltyPoints,
            OverTimeLoss = loss,
            Net = net,
            Maximum = maximum,
            Score = ScoreMath.StepScore(net, maximum, penalized),
            MoodChange = ScoreMath.MoodChange(net, maximum, penalized),
            Skills = skills.ToDictionary(
                pair => pair.Key,
                pair => new SkillTally(Math.Clamp(pair.Value.Raw, 0, pair.Value.Max), pair.Value.Max),
                StringComparer.Ordinal),
            OverTime = overTime,
            HintUsed = hintUsed,
        };
    }
}
