using TrainingSim.Core.Diagnostics;

namespace TrainingSim.Tui.Models.Staff;

/// <summary>One scenario file of the library as the loader saw it: its diagnostics in file order and the
/// scenario's id and title when it loaded.</summary>
public sealed record StaffLibraryFile(string Path, string? ScenarioId, string? Title, IReadOnlyList<Diagnostic> Diagnostics)
{
    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);
}
