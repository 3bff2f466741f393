using TrainingSim.Core.Diagnostics;

namespace TrainingSim.Core.Scenarios;

/// <summary>Replies written into a free-text step to prove its rubric: good ones must score at least
/// <see cref="GoodAtLeast"/>, bad ones at most <see cref="BadAtMost"/> (the step score of the reply alone).</summary>
public sealed record StepExamples
{
    public const int DefaultGoodAtLeast = 80;
    public const int DefaultBadAtMost = 40;

    public IReadOnlyList<StepExample> Good { get; init; } = [];
    public IReadOnlyList<StepExample> Bad { get; init; } = [];
    public int GoodAtLeast { get; init; } = DefaultGoodAtLeast;
    public int BadAtMost { get; init; } = DefaultBadAtMost;

    public static StepExamples None { get; } = new();
}

/// <summary>One example reply and where it stands in the file.</summary>
public sealed record StepExample(string Reply, SourceSpan Span);
