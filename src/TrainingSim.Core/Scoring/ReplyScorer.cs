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
        if (step.Rules is not null)
            return Format2Scorer.Score(step, reply, overTime, hintUsed);
        var matcher = StepMatcher.For(step);
        var found = matcher.Match(reply);
        var matches = found.Items;

        var matched = new List<ItemMatch>();
        var missed = new List<RubricItem>(step.Rubric.Count);
        var penalties = new List<ItemMatch>();
        var earned = 0;
        var penaltyPoints = 0;
        var maximum = matcher.Maximum;
        var skillRaw = new int[matcher.Skills.Count];

        for (var i = 0; i < step.Rubric.Count; i++)
        {
            var item = step.Rubric[i];
            var match = matches[i];
            if (match is null)
            {
                if (!item.IsPenalty)
                    missed.Add(item);
                continue;
            }

            if (item.IsPenalty)
            {
                penalties.Add(match);
                penaltyPoints += item.Points;
                skillRaw[matcher.ItemSkills[i]] += item.Points;
            }
            else
            {
                matched.Add(match);
                var points = item.Bonus && hintUsed ? 0 : item.Points;
                earned += points;
                skillRaw[matcher.ItemSkills[i]] += points;
            }
        }

        var skills = new Dictionary<string, SkillTally>(matcher.Skills.Count, StringComparer.Ordinal);
        for (var s = 0; s < skillRaw.Length; s++)
        {
            var skillMax = matcher.SkillMaximums[s];
            skills[matcher.Skills[s]] = new SkillTally(Math.Clamp(skillRaw[s], 0, skillMax), skillMax);
        }

        return Finish(step, reply, matched, missed, penalties, earned, penaltyPoints, maximum, penalties.Count > 0, skills, overTime, hintUsed)
            with { TimedOut = found.TimedOut };
    }

    /// <summary>The evaluation from a step's tallies, in both formats: the over-time loss, the clamped net, the shown
    /// score and the mood change. <see cref="StepEvaluation.Counted"/> is the net (format 2 replaces it).</summary>
    internal static StepEvaluation Finish(FreeTextStep step, string reply, List<ItemMatch> matched, List<RubricItem> missed,
        List<ItemMatch> penalties, int earned, int penaltyPoints, int maximum, bool penalized,
        IReadOnlyDictionary<string, SkillTally> skills, bool overTime, bool hintUsed)
    {
        var loss = overTime ? ScoreMath.OverTimeLoss(maximum) : 0;
        var net = Math.Max(0, Math.Clamp(earned + penaltyPoints, 0, maximum) - loss);
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
            Skills = skills,
            OverTime = overTime,
            HintUsed = hintUsed,
            Counted = net,
        };
    }
}
