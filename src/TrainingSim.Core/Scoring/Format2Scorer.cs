using TrainingSim.Core.Conversations;
using TrainingSim.Core.Scenarios;

namespace TrainingSim.Core.Scoring;

/// <summary>Scores one reply against a format-2 step (docs/scenario-format.md, "Format 2: scoring").</summary>
/// <remarks>
/// Bonus items count toward 惊喜 only: they are in neither the maximum nor the net. A length item
/// (<c>max_tokens</c>) is earned by a reply of at most that many tokens that earns another required item. A reply
/// over the step's reply limit loses half the maximum, rounded up, on the listening skill (多听少说). The step's
/// shown score clamps the net to 0..maximum, but <see cref="StepEvaluation.Counted"/> and the skill tallies are not
/// clamped, so a penalty reaches the attempt's and the skill's scores across the call.
/// </remarks>
internal static class Format2Scorer
{
    public const string LengthSkill = "listening";

    public static StepEvaluation Score(FreeTextStep step, string reply, bool overTime, bool hintUsed)
    {
        var matcher = StepMatcher.For(step);
        var found = matcher.MatchFormat2(reply);
        var rubric = step.Rubric;

        var matched = new List<ItemMatch>();
        var missed = new List<RubricItem>();
        var penalties = new List<ItemMatch>();
        var skillNet = new Dictionary<string, int>(StringComparer.Ordinal);
        var skillMax = new Dictionary<string, int>(StringComparer.Ordinal);
        void Tally(string skill, int net, int max)
        {
            skillNet[skill] = skillNet.GetValueOrDefault(skill) + net;
            skillMax[skill] = skillMax.GetValueOrDefault(skill) + max;
        }

        var maximum = 0;
        foreach (var item in rubric)
        {
            if (item.Points > 0 && !item.Bonus)
                maximum += item.Points;
            Tally(item.Skill, 0, item.Points > 0 && !item.Bonus ? item.Points : 0);
        }

        var earned = 0;
        var penaltyPoints = 0;
        var requiredEarned = Enumerable.Range(0, rubric.Count)
            .Any(i => found.Counted[i] is not null && rubric[i] is { IsPenalty: false, Bonus: false });
        for (var i = 0; i < rubric.Count; i++)
        {
            var item = rubric[i];
            var match = found.Counted[i];
            if (item.MaxTokens is { } most)
                match = found.Tokens.Count <= most && requiredEarned ? new ItemMatch(item, []) : null;

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
                Tally(item.Skill, item.Points, 0);
            }
            else
            {
                matched.Add(match);
                if (item.Bonus)
                    continue;

                earned += item.Points;
                Tally(item.Skill, item.Points, 0);
            }
        }

        var limit = step.ReplyLimit ?? step.Rules!.ReplyLimit;
        LengthPenalty? length = null;
        if (found.Tokens.Count > limit && maximum > 0)
        {
            var points = -((maximum + 1) / 2);
            var tail = found.Tokens[limit].Start;
            length = new LengthPenalty(found.Tokens.Count, limit, points, LengthSkill, new Range(tail, reply.Length));
            penaltyPoints += points;
            Tally(LengthSkill, points, 0);
        }

        var penalized = penalties.Count > 0 || length is not null;
        var skills = skillNet.ToDictionary(kv => kv.Key, kv => new SkillTally(kv.Value, skillMax[kv.Key]), StringComparer.Ordinal);
        var evaluation = ReplyScorer.Finish(step, reply, matched, missed, penalties, earned, penaltyPoints, maximum, penalized, skills, overTime, hintUsed);
        return evaluation with
        {
            Discounted = [.. found.Discounted.OfType<DiscountedMatch>()],
            Length = length,
            TimedOut = found.TimedOut,
            Counted = earned + penaltyPoints - evaluation.OverTimeLoss,
        };
    }
}
