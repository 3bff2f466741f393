namespace TrainingSim.Core.Feedback;

/// <summary>What one line of a turn's feedback says. Each kind is worded once per style in the wording layer
/// (resource keys <c>Coach.{Kind}</c> and <c>Record.{Kind}</c>); a new kind is a member here, a branch in
/// <see cref="FeedbackBuilder"/>, and its strings.</summary>
public enum FeedbackKind
{
    /// <summary>A positive item matched and earned its points (evidence: the words).</summary>
    Matched,
    /// <summary>A bonus item matched and earned its point (counts toward 惊喜).</summary>
    BonusMatched,
    /// <summary>A bonus item matched on a turn where hints were revealed: it earns nothing.</summary>
    BonusVoided,
    /// <summary>A positive non-bonus item did not match (its hint, or an example phrase, says what was missing).</summary>
    MissedRequired,
    /// <summary>A bonus item did not match.</summary>
    MissedBonus,
    /// <summary>A penalty item matched (evidence: the words; its hint says what to do instead).</summary>
    PenaltyHit,
    /// <summary>The best choice of a choice step was taken (points: the step score).</summary>
    ChoiceBest,
    /// <summary>Another choice was taken (points: the step score; hint: the chosen choice's hint).</summary>
    ChoiceNotBest,
    /// <summary>The answer came after <c>reply_seconds</c> (points: the loss, negative).</summary>
    OverTime,
    /// <summary>Hints were revealed on this turn, so its bonus items earned nothing.</summary>
    HintUsed,
    /// <summary>Format 2: a positive item's words were said inside a negation (cause: the cues), so it earns nothing.</summary>
    NegatedItem,
    /// <summary>Format 2: a penalty's words were said inside a negation (不是没办法), so it takes nothing.</summary>
    NegatedPenalty,
    /// <summary>Format 2: a positive item's words stood only in a keyword list (cause: the list), so it earns nothing.</summary>
    KeywordList,
    /// <summary>Format 2: a positive item does not count because one of its <c>unless</c> phrases was said (cause).</summary>
    ExcusedItem,
    /// <summary>Format 2: a penalty does not count because one of its <c>unless</c> phrases was said (a refusal with a next step).</summary>
    ExcusedPenalty,
    /// <summary>Format 2: the reply was over the step's length limit (tokens, limit; points: the loss on listening).</summary>
    TooLong,
    /// <summary>A rubric regex ran out of the reply's time (limit: the milliseconds), so its item was scored as not
    /// said (or, for a penalty, did not fire). Trainers should rewrite the pattern (validate's TS0906).</summary>
    RegexTimedOut,
}
