using TrainingSim.Core.Conversations;
using TrainingSim.Core.Progress;
using TrainingSim.Core.Scenarios;
using TrainingSim.Core.Scoring;
using TrainingSim.Core.Text;

namespace TrainingSim.Core.Feedback;

/// <summary>The one place a turn's feedback is built: from the engine's <see cref="TurnResult"/> or
/// <see cref="StepEvaluation"/>, or from a stored <see cref="TurnRecord"/> (no evidence is stored, so its lines
/// carry none). Order: matched items, missed items, penalties, the choice, time, hints.</summary>
public static class FeedbackBuilder
{
    /// <param name="step">The answered step (for a choice step's hint); null when the scenario no longer has it.</param>
    public static TurnFeedback For(TurnResult turn, Step? step)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var lines = Items(turn.Matched, turn.Missed, turn.Penalties, turn.HintUsed, turn.Discounted, turn.Length, turn.TimedOut);
        if (turn.Choice is { } number)
            lines.Add(Choice(turn.Net, turn.Maximum, ScoreMath.Round(turn.Score), ChosenHint(step, number)));
        Turn(lines, turn.OverTime, turn.OverTimeLoss, turn.HintUsed);
        return new TurnFeedback(turn.Reply, lines);
    }

    public static TurnFeedback For(StepEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var lines = Items(evaluation.Matched, evaluation.Missed, evaluation.Penalties, evaluation.HintUsed,
            evaluation.Discounted, evaluation.Length, evaluation.TimedOut);
        Turn(lines, evaluation.OverTime, evaluation.OverTimeLoss, evaluation.HintUsed);
        return new TurnFeedback(evaluation.Reply, lines);
    }

    /// <param name="step">The step as loaded now; items it no longer has keep their ids alone.</param>
    public static TurnFeedback For(TurnRecord turn, Step? step)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var rubric = step is FreeTextStep free ? free.Rubric : [];
        var lines = new List<FeedbackLine>();
        foreach (var id in turn.Matched.Where(id => !turn.Penalties.Contains(id)))
            lines.Add(Find(rubric, id) is { } item ? Matched(item, [], turn.HintUsed) : Unknown(FeedbackKind.Matched, id));
        foreach (var id in turn.Missed)
        {
            lines.Add(turn.TimedOut.Contains(id) ? TimedOut(Find(rubric, id), id)
                : Find(rubric, id) is { } item ? Missed(item) : Unknown(FeedbackKind.MissedRequired, id));
        }

        foreach (var id in turn.Penalties)
            lines.Add(Find(rubric, id) is { } item ? Penalty(item, []) : Unknown(FeedbackKind.PenaltyHit, id));
        foreach (var id in turn.TimedOut.Where(id => !turn.Missed.Contains(id)))
            lines.Add(TimedOut(Find(rubric, id), id));
        if (turn.Choice is { } number)
            lines.Add(Choice(turn.Net, turn.Maximum, turn.Score, ChosenHint(step, number)));
        Turn(lines, turn.OverTime, turn.OverTimeLoss, turn.HintUsed);
        return new TurnFeedback(turn.Reply, lines);
    }

    private static List<FeedbackLine> Items(
        IReadOnlyList<ItemMatch> matched, IReadOnlyList<RubricItem> missed, IReadOnlyList<ItemMatch> penalties, bool hintUsed,
        IReadOnlyList<DiscountedMatch> discounted, LengthPenalty? length, IReadOnlyList<RubricItem> timedOut)
    {
        var lines = new List<FeedbackLine>(matched.Count + missed.Count + penalties.Count + discounted.Count + 3);
        lines.AddRange(matched.Select(m => Matched(m.Item, m.Evidence, hintUsed)));
        // A format-2 item that was found but does not count says why, instead of only "missed".
        lines.AddRange(missed.Select(item => timedOut.Contains(item) ? TimedOut(item, item.Id)
            : discounted.FirstOrDefault(d => d.Item == item) is { } why ? Discounted(why) : Missed(item)));
        lines.AddRange(penalties.Select(p => Penalty(p.Item, p.Evidence)));
        lines.AddRange(discounted.Where(d => d.Item.IsPenalty).Select(Discounted));
        lines.AddRange(timedOut.Where(item => item.IsPenalty).Select(item => TimedOut(item, item.Id)));
        if (length is not null)
        {
            lines.Add(new FeedbackLine(FeedbackKind.TooLong, FeedbackSentiment.Bad, SkillId: length.Skill, Points: length.Points,
                Cause: [length.Tail], Tokens: length.Tokens, Limit: length.Limit));
        }

        return lines;
    }

    private static FeedbackLine Discounted(DiscountedMatch d)
    {
        var kind = (d.Reason, d.Item.IsPenalty) switch
        {
            (DiscountReason.Negated, false) => FeedbackKind.NegatedItem,
            (DiscountReason.Negated, true) => FeedbackKind.NegatedPenalty,
            (DiscountReason.KeywordList, _) => FeedbackKind.KeywordList,
            (DiscountReason.Excused, false) => FeedbackKind.ExcusedItem,
            (DiscountReason.Excused, true) => FeedbackKind.ExcusedPenalty,
            _ => throw new ArgumentOutOfRangeException(nameof(d), d.Reason, null),
        };
        return new FeedbackLine(kind, d.Item.IsPenalty ? FeedbackSentiment.Note : FeedbackSentiment.Bad, d.Item.Id, d.Item.Skill,
            d.Item.Points, d.Item.Hint, Example(d.Item), d.Evidence, d.Cause);
    }

    private static FeedbackLine Matched(RubricItem item, IReadOnlyList<Range> evidence, bool hintUsed)
    {
        var kind = !item.Bonus ? FeedbackKind.Matched : hintUsed ? FeedbackKind.BonusVoided : FeedbackKind.BonusMatched;
        return new FeedbackLine(kind, kind == FeedbackKind.BonusVoided ? FeedbackSentiment.Note : FeedbackSentiment.Good,
            item.Id, item.Skill, kind == FeedbackKind.BonusVoided ? 0 : item.Points, item.Hint, Evidence: evidence);
    }

    private static FeedbackLine Missed(RubricItem item) =>
        new(item.Bonus ? FeedbackKind.MissedBonus : FeedbackKind.MissedRequired, FeedbackSentiment.Bad,
            item.Id, item.Skill, item.Points, item.Hint, Example(item));

    /// <summary>An item a regex time-out kept from matching; <paramref name="item"/> is null when the scenario no longer has it.</summary>
    private static FeedbackLine TimedOut(RubricItem? item, string id) =>
        new(FeedbackKind.RegexTimedOut, item is { IsPenalty: true } ? FeedbackSentiment.Note : FeedbackSentiment.Bad,
            id, item?.Skill, item?.Points ?? 0, Limit: (int)RegexBudget.PerReply.TotalMilliseconds);

    private static FeedbackLine Penalty(RubricItem item, IReadOnlyList<Range> evidence) =>
        new(FeedbackKind.PenaltyHit, FeedbackSentiment.Bad, item.Id, item.Skill, item.Points, item.Hint, Evidence: evidence);

    private static FeedbackLine Choice(int net, int maximum, int score, string? hint) =>
        net >= maximum
            ? new FeedbackLine(FeedbackKind.ChoiceBest, FeedbackSentiment.Good, Points: score)
            : new FeedbackLine(FeedbackKind.ChoiceNotBest, FeedbackSentiment.Bad, Points: score, Hint: hint);

    private static void Turn(List<FeedbackLine> lines, bool overTime, int loss, bool hintUsed)
    {
        if (overTime)
            lines.Add(new FeedbackLine(FeedbackKind.OverTime, FeedbackSentiment.Note, Points: -loss));
        if (hintUsed)
            lines.Add(new FeedbackLine(FeedbackKind.HintUsed, FeedbackSentiment.Note));
    }

    private static FeedbackLine Unknown(FeedbackKind kind, string id) =>
        new(kind, kind == FeedbackKind.Matched ? FeedbackSentiment.Good : FeedbackSentiment.Bad, id);

    private static RubricItem? Find(IReadOnlyList<RubricItem> rubric, string id) => rubric.FirstOrDefault(i => i.Id == id);

    private static string? ChosenHint(Step? step, int number) =>
        step is ChoiceStep choices && number >= 1 && number <= choices.Choices.Count ? choices.Choices[number - 1].Hint : null;

    /// <summary>The first plain phrase as the author wrote it (a regex says nothing readable).</summary>
    private static string? Example(RubricItem item) =>
        item.Phrases.OfType<TokenPhrase>().FirstOrDefault(p => p.Tokens.Count > 0)?.Source;
}
