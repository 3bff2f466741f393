using TrainingSim.Core.Feedback;

namespace TrainingSim.Wording;

/// <summary>Words a <see cref="FeedbackLine"/>: one template a kind and style (<c>Coach.{Kind}</c>,
/// <c>Record.{Kind}</c>) filled with {0} the item id, {1} the skill's name, {2} the points signed (+2, −4 as -4),
/// {3} the points without sign, {4} the evidence (the reply's matched words, joined by …), {5} "：detail",
/// {6} the detail alone, {7} " — detail", {8} the cause's words (format 2: the negation cues, the keyword list, the
/// <c>unless</c> phrase, the text past the limit), {9} the reply's tokens, {10} the limit (the length limit, or the regex budget in ms) and {11} the evidence
/// quoted after a colon, or nothing when a stored turn has none. The detail is the item's hint; for the trainee, a missed item without
/// one says an example phrase instead. An empty template says nothing, and so does one that uses {6} on a
/// line without a detail.</summary>
public sealed class FeedbackWording
{
    private readonly ResourceText _text;
    private readonly ContentNames _names;

    internal FeedbackWording(ResourceText text, ContentNames names)
    {
        _text = text;
        _names = names;
    }

    /// <summary>Every line of the turn that says something in this style.</summary>
    public IEnumerable<(FeedbackLine Line, string Text)> Lines(TurnFeedback feedback, FeedbackStyle style)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        foreach (var line in feedback.Lines)
        {
            if (Line(feedback, line, style) is { } text)
                yield return (line, text);
        }
    }

    /// <summary>The line's text, or null when this style says nothing of it.</summary>
    public string? Line(TurnFeedback feedback, FeedbackLine line, FeedbackStyle style)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        ArgumentNullException.ThrowIfNull(line);
        var template = _text[$"{style}.{line.Kind}"];
        var detail = Detail(line, style);
        if (template.Length == 0 || (detail.Length == 0 && template.Contains("{6}", StringComparison.Ordinal)))
            return null;
        var evidence = string.Join("…", feedback.EvidenceOf(line));
        return string.Format(_text.Culture, template,
            line.ItemId ?? "",
            line.SkillId is { } skill ? _names.Skill(skill) : "",
            line.Points.ToString("+0;-0;+0", _text.Culture),
            Math.Abs(line.Points),
            evidence,
            detail.Length == 0 ? "" : _text.Format("DetailColon", detail),
            detail,
            detail.Length == 0 ? "" : _text.Format("DetailDash", detail),
            string.Join("…", feedback.CauseOf(line)),
            line.Tokens,
            line.Limit,
            evidence.Length == 0 ? "" : _text.Format("EvidenceQuote", evidence));
    }

    private string Detail(FeedbackLine line, FeedbackStyle style)
    {
        if (!string.IsNullOrWhiteSpace(line.Hint))
            return line.Hint;
        return style == FeedbackStyle.Coach && line.Example is { } example ? _text.Format("SayLike", example) : "";
    }
}
