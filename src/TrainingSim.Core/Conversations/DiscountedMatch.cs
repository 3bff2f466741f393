using TrainingSim.Core.Scenarios;

namespace TrainingSim.Core.Conversations;

/// <summary>Why a format-2 item that a plain phrase search would find does not count.</summary>
public enum DiscountReason
{
    /// <summary>Every occurrence was said inside a negation (我不能马上帮您查).</summary>
    Negated,
    /// <summary>Its phrases stood only in a string of rubric phrases that is not talking to the customer.</summary>
    KeywordList,
    /// <summary>One of the item's <c>unless</c> phrases was said too.</summary>
    Excused,
}

/// <summary>A format-2 item that does not count, with the words found (<see cref="Evidence"/>) and the words that
/// discount them (<see cref="Cause"/>: the negation cues, the whole keyword list, or the <c>unless</c> phrase).</summary>
public sealed record DiscountedMatch(RubricItem Item, DiscountReason Reason, IReadOnlyList<Range> Evidence, IReadOnlyList<Range> Cause);

/// <summary>Format 2's length rule: a reply over <see cref="Limit"/> tokens loses <see cref="Points"/> (negative) on
/// <see cref="Skill"/>; <see cref="Tail"/> is the text past the limit.</summary>
public sealed record LengthPenalty(int Tokens, int Limit, int Points, string Skill, Range Tail);
