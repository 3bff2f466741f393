namespace TrainingSim.Core.Feedback;

/// <summary>A turn's feedback: its lines in the order they are shown, over the reply their evidence points into.</summary>
public sealed record TurnFeedback(string Reply, IReadOnlyList<FeedbackLine> Lines)
{
    /// <summary>The words of <paramref name="line"/>'s evidence, each distinct piece once, in order.</summary>
    public IReadOnlyList<string> EvidenceOf(FeedbackLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return Words(line.Evidence);
    }

    /// <summary>The words of <paramref name="line"/>'s cause (format 2), each distinct piece once, in order.</summary>
    public IReadOnlyList<string> CauseOf(FeedbackLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return Words(line.Cause);
    }

    private List<string> Words(IReadOnlyList<Range> ranges) =>
        [.. ranges.Select(range => Reply[range]).Where(text => text.Length > 0).Distinct(StringComparer.Ordinal)];
}
