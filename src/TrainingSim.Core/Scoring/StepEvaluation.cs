using TrainingSim.Core.Conversations;
using TrainingSim.Core.Scenarios;

namespace TrainingSim.Core.Scoring;

/// <summary>How one reply scores against a free-text step, without a conversation: for the call itself,
/// the trainers' rubric preview and the loader's model-answer check.</summary>
public sealed record StepEvaluation : Evaluation
{
    public required FreeTextStep Step { get; init; }
    public required string Reply { get; init; }
    /// <summary>Positive items (bonus included) that matched, with evidence in <see cref="Reply"/>.</summary>
    public required IReadOnlyList<ItemMatch> Matched { get; init; }
    /// <summary>Positive items (bonus included) that did not match.</summary>
    public required IReadOnlyList<RubricItem> Missed { get; init; }
    /// <summary>Penalty items that matched, with evidence.</summary>
    public required IReadOnlyList<ItemMatch> Penalties { get; init; }
    /// <summary>Points of the matched positive items that count (bonus items count unless a hint was used).</summary>
    public required int Earned { get; init; }
    /// <summary>Sum of the matched penalties' points (0 or negative).</summary>
    public required int PenaltyPoints { get; init; }
    public bool HintUsed { get; init; }
    /// <summary>Format 2: items a plain phrase search finds that do not count, and why (negation, keyword list, unless).</summary>
    public IReadOnlyList<DiscountedMatch> Discounted { get; init; } = [];
    /// <summary>Format 2: the length rule's penalty when the reply is over its limit, else null.</summary>
    public LengthPenalty? Length { get; init; }
    /// <summary>Items that one of their regexes running out of the reply's time (<c>RegexBudget</c>) kept from
    /// matching: scored as not said, and named in the feedback.</summary>
    public IReadOnlyList<RubricItem> TimedOut { get; init; } = [];

    /// <summary>A bonus item matched and earned its points (not on a turn where a hint was used).</summary>
    public bool BonusEarned => !HintUsed && Matched.Any(m => m.Item.Bonus);

    /// <summary>Positive non-bonus items missed: what keeps a reply from the full score.</summary>
    public IEnumerable<RubricItem> MissedRequired => Missed.Where(item => !item.Bonus);

    /// <summary>The reply earns the step's full score: no required item missed and no penalty hit.</summary>
    public bool EarnsFullScore => !MissedRequired.Any() && Penalties.Count == 0;

    /// <summary>True when the item with this id (a house item by its <c>house.</c> id) matched.</summary>
    public bool IsMatched(string itemId) =>
        Matched.Any(m => m.Item.Id == itemId) || Penalties.Any(m => m.Item.Id == itemId);

    /// <summary>The mood after this reply's own change from <paramref name="moodBefore"/>: the score-based
    /// change, then the over-time loss, each kept within 0..100 — the mood branch conditions see.</summary>
    public int MoodAfter(int moodBefore)
    {
        var mood = ScoreMath.ClampMood(ScoreMath.ClampMood(moodBefore) + MoodChange);
        return OverTime ? ScoreMath.ClampMood(mood - ScoreMath.OverTimeMoodLoss) : mood;
    }

    /// <summary>Where the call would go from a customer at <paramref name="moodBefore"/> (rubric preview).</summary>
    public string NextStepIdFrom(int moodBefore) => NextStepId(MoodAfter(moodBefore));

    /// <summary>The step the <c>next</c> branches lead to, given the mood after this reply's change
    /// (see <see cref="ConditionEvaluator"/>).</summary>
    public string NextStepId(int mood)
    {
        foreach (var branch in Step.Next.Branches)
        {
            if (branch.When is null || ConditionEvaluator.Evaluate(branch.When, this, mood))
                return branch.Goto;
        }

        // A valid scenario ends its branch list with a default; without one the last branch is taken.
        return Step.Next.Branches.Count > 0
            ? Step.Next.Branches[^1].Goto
            : throw new InvalidOperationException($"Step '{Step.Id}' has no next step.");
    }
}
