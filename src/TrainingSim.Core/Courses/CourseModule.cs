using TrainingSim.Core.Diagnostics;

namespace TrainingSim.Core.Courses;

/// <summary>One training module of a language (<c>content/modules/&lt;language&gt;.yaml</c>): its place in the syllabus,
/// what it trains, and what each of its scenarios teaches that the others don't.</summary>
public sealed record CourseModule
{
    /// <summary>The module's name, equal to its scenarios' <c>module:</c>.</summary>
    public required string Id { get; init; }
    public required int Order { get; init; }
    public required string Description { get; init; }
    public IReadOnlyList<string> Skills { get; init; } = [];
    /// <summary>Scenario id → what it teaches, in file order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Teaches { get; init; } = [];

    /// <summary>The modules file and where the module's id is written (for the library checks' messages).</summary>
    public string SourcePath { get; init; } = "";
    public SourceSpan IdSpan { get; init; }
    /// <summary>Scenario id → where its <c>teaches</c> line is written.</summary>
    public IReadOnlyDictionary<string, SourceSpan> TeachesAt { get; init; } = new Dictionary<string, SourceSpan>();

    public string? TeachingOf(string scenarioId) =>
        Teaches.FirstOrDefault(t => string.Equals(t.Key, scenarioId, StringComparison.Ordinal)).Value;
}
