using TrainingSim.Core.Diagnostics;

namespace TrainingSim.Core.Scenarios;

/// <summary>One step of a scenario: exactly one of free text, choice or end.</summary>
public abstract record Step
{
    public required string Id { get; init; }
    /// <summary>The customer's line.</summary>
    public string? Say { get; init; }
    /// <summary>Added to the customer's mood when the step is entered.</summary>
    public int Mood { get; init; }
    /// <summary>A narrator line shown to the trainee.</summary>
    public string? Note { get; init; }
    public SourceSpan Span { get; init; }
}

public sealed record FreeTextStep : Step
{
    public required IReadOnlyList<RubricItem> Rubric { get; init; }
    public string? Model { get; init; }
    public required Next Next { get; init; }
    /// <summary>Good and bad example replies (optional in both formats).</summary>
    public StepExamples Examples { get; init; } = StepExamples.None;
    /// <summary>Format 2: the language's text rules; null for a format-1 step.</summary>
    public Text.TextRules? Rules { get; init; }
    /// <summary>Format 2: the reply-length limit in tokens (the step's, else the scenario's, else the language's).</summary>
    public int? ReplyLimit { get; init; }
}

public sealed record ChoiceStep : Step
{
    public required IReadOnlyList<Choice> Choices { get; init; }
}

public sealed record EndStep : Step
{
    public required string Outcome { get; init; }
}
