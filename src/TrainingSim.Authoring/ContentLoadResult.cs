using TrainingSim.Core.Content;
using TrainingSim.Core.Diagnostics;

namespace TrainingSim.Authoring;

/// <summary>The content folder loaded: what could be read, every problem found (file by file, in file order), and every
/// file read, in the order read (the one list <c>validate</c> counts and prints).</summary>
public sealed record ContentLoadResult(TrainingContent Content, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Files)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}
