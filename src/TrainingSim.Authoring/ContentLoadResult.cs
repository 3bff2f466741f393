using TrainingSim.Core.Content;
using TrainingSim.Core.Diagnostics;

namespace TrainingSim.Authoring;

/// <summary>The content folder loaded: what could be read, and every problem found (file by file, in file order).</summary>
public sealed record ContentLoadResult(TrainingContent Content, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}
