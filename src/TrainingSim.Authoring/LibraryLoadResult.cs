using TrainingSim.Core.Diagnostics;
using TrainingSim.Core.Scenarios;

namespace TrainingSim.Authoring;

/// <summary>A library of scenario files: every file's result, all diagnostics (file by file, each in file order),
/// and the scenarios that loaded without errors.</summary>
public sealed record LibraryLoadResult(
    IReadOnlyList<ScenarioLoadResult> Files,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<Scenario> Scenarios)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}
