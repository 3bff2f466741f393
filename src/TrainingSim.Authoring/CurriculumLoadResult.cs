using TrainingSim.Core.Courses;
using TrainingSim.Core.Diagnostics;

namespace TrainingSim.Authoring;

/// <summary>The modules checked against the library and the course plans loaded: the plans without errors, every
/// diagnostic (the modules files' first, then each plan file's, each in file order), and the plan files read.</summary>
public sealed record CurriculumLoadResult(IReadOnlyList<CoursePlan> Plans, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Files)
{
    public static CurriculumLoadResult Empty { get; } = new([], [], []);

    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    public CoursePlan? Plan(string id) => Plans.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.Ordinal));
}
