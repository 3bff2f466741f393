using TrainingSim.Core.Diagnostics;
using TrainingSim.Core.Scenarios;

namespace TrainingSim.Authoring.Scenarios;

/// <summary>The steps of a scenario while it is being built: every id written, the steps that built, the links.</summary>
internal sealed class StepSet
{
    /// <summary>Every step id (valid ones) → where it is written.</summary>
    public Dictionary<string, SourceSpan> Ids { get; } = new(StringComparer.Ordinal);

    public List<string> Order { get; } = [];

    /// <summary>The steps that built without errors, in file order.</summary>
    public Dictionary<string, Step> Built { get; } = new(StringComparer.Ordinal);

    /// <summary>Step id → the known steps it can go to.</summary>
    public Dictionary<string, List<string>> Edges { get; } = new(StringComparer.Ordinal);

    /// <summary>A step did not build or a link names an unknown step: flow checks would only repeat that.</summary>
    public bool Incomplete { get; set; }
}
