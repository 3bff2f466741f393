using TrainingSim.Core.Diagnostics;

namespace TrainingSim.Core.Scenarios;

/// <summary>A test inside a scenario file. A reply is text for a free-text step or a 1-based number for a choice.</summary>
public sealed record ScenarioTest
{
    public required string Name { get; init; }
    public required IReadOnlyList<string> Replies { get; init; }
    public required TestExpectation Expect { get; init; }
    public SourceSpan Span { get; init; }
}

public sealed record TestExpectation
{
    public string? Outcome { get; init; }
    public int? ScoreAtLeast { get; init; }
    public int? ScoreAtMost { get; init; }
    public int? Stars { get; init; }
    public IReadOnlyList<string>? Path { get; init; }
}
