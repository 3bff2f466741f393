using TrainingSim.Core.Diagnostics;
using TrainingSim.Core.Scenarios;

namespace TrainingSim.Authoring;

/// <summary>One scenario file loaded: the scenario (null when the file has errors) and its diagnostics in file order.</summary>
public sealed record ScenarioLoadResult
{
    public required string Path { get; init; }
    public Scenario? Scenario { get; init; }
    public required IReadOnlyList<Diagnostic> Diagnostics { get; init; }

    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>The format the file declares (1 or 2), even with other errors; null when missing or unsupported.</summary>
    public int? Format => FormatAt?.Format;

    /// <summary>The scenario id and where it is written, when the file got that far (even with other errors).</summary>
    internal (string Id, SourceSpan Span)? IdAt { get; init; }

    /// <summary>The declared format and where <c>format:</c> is written.</summary>
    internal (int Format, SourceSpan Span)? FormatAt { get; init; }

    /// <summary>Step id → where its model answer is written.</summary>
    internal IReadOnlyDictionary<string, SourceSpan> ModelAt { get; init; } = new Dictionary<string, SourceSpan>();
}
