using TrainingSim.Core.Conversations;
using TrainingSim.Core.Scenarios;

namespace TrainingSim.Core.Scoring;

/// <summary>Scores a choice on a choice step, as the scenario format's scoring rules say.</summary>
public static class ChoiceScorer
{
    /// <summary>Scores choice <paramref name="number"/> (1-based).</summary>
    /// <remarks>The maximum is the best choice's total and the net the chosen choice's total clamped to
    /// 0..maximum. A step whose maximum is 0 scores 100 unless the chosen choice takes points away (then
    /// 0), like a free-text step with no positive item. Per skill, the maximum is the largest positive
    /// number of points any choice gives that skill, the net the chosen choice's points clamped to
    /// 0..that maximum. Over time, the loss is taken as for a free-text step (from the clamped net, then
    /// clamped at 0); skills do not carry it.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">No such choice.</exception>
    /// <param name="format">The scenario's format: in format 2 the net counted in the attempt's and the skills' sums is
    /// not clamped at 0, so a choice that takes points away costs them across the call.</param>
    public static ChoiceEvaluation Score(ChoiceStep step, int number, bool overTime = false, int format = 1)
    {
        ArgumentNullException.ThrowIfNull(step);
        if (number < 1 || number > step.Choices.Count)
        {
            throw new ArgumentOutOfRangeException(
                nameof(number),
                number,
                $"Choice {number} does not exist: step '{step.Id}' has choices 1..{step.Choices.Count}.");
        }

        var choice = step.Choices[number - 1];
        var maximum = Math.Max(0, step.Choices.Count == 0 ? 0 : step.Choices.Max(c => c.Total));
        var penalized = choice.Points.Values.Any(points => points < 0);
        var net = Math.Clamp(choice.Total, 0, maximum);
        var loss = overTime ? ScoreMath.OverTimeLoss(maximum) : 0;
        net = Math.Max(0, net - loss);

        var skills = new Dictionary<string, SkillTally>(StringComparer.Ordinal);
        foreach (var skill in step.Choices.SelectMany(c => c.Points.Keys).Distinct(StringComparer.Ordinal))
        {
            var skillMax = Math.Max(0, step.Choices.Max(c => c.Points.GetValueOrDefault(skill)));
            var chosen = choice.Points.GetValueOrDefault(skill);
            skills[skill] = new SkillTally(format >= 2 ? Math.Min(chosen, skillMax) : Math.Clamp(chosen, 0, skillMax), skillMax);
        }

        return new ChoiceEvaluation
        {
            Step = step,
            Number = number,
            Choice = choice,
            Net = net,
            Maximum = maximum,
            Score = ScoreMath.StepScore(net, maximum, penalized),
            MoodChange = ScoreMath.MoodChange(net, maximum, penalized),
            OverTimeLoss = loss,
            Skills = skills,
            OverTime = overTime,
            Counted = format >= 2 ? Math.Min(choice.Total, maximum) - loss : net,
        };
    }
}
