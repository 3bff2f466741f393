namespace TrainingSim.Core.Feedback;

/// <summary>One thing a turn's feedback says, as data: ids, points, the author's hint and the character ranges
/// of the reply that earned or lost the points. The wording layer turns it into text.</summary>
/// <param name="ItemId">The rubric item (a house item by its <c>house.</c> id); null for lines about the turn.</param>
/// <param name="SkillId">The item's skill; null for lines about the turn, or an item the scenario no longer has.</param>
/// <param name="Points">The item's points (negative for a penalty), the step score for a choice, the loss over time.</param>
/// <param name="Hint">The item's or the chosen choice's hint, as the author wrote it.</param>
/// <param name="Example">For a missed item, a phrase that would have matched (its first plain phrase), as written.</param>
/// <param name="Evidence">Where in the reply the matched words stand.</param>
/// <param name="Cause">Format 2: where the words stand that discount the item (the negation cues, the keyword list,
/// the <c>unless</c> phrase), or the text past the length limit.</param>
/// <param name="Tokens">Format 2, <see cref="FeedbackKind.TooLong"/>: the reply's length in tokens.</param>
/// <param name="Limit">Format 2, <see cref="FeedbackKind.TooLong"/>: the step's length limit; <see cref="FeedbackKind.RegexTimedOut"/>: the
/// reply's regex budget in milliseconds.</param>
public sealed record FeedbackLine(
    FeedbackKind Kind,
    FeedbackSentiment Sentiment,
    string? ItemId = null,
    string? SkillId = null,
    int Points = 0,
    string? Hint = null,
    string? Example = null,
    IReadOnlyList<Range>? Evidence = null,
    IReadOnlyList<Range>? Cause = null,
    int Tokens = 0,
    int Limit = 0)
{
    public IReadOnlyList<Range> Evidence { get; init; } = Evidence ?? [];
    public IReadOnlyList<Range> Cause { get; init; } = Cause ?? [];
}
