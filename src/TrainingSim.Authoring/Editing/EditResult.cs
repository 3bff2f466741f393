using TrainingSim.Core.Diagnostics;

namespace TrainingSim.Authoring.Editing;

/// <summary>What a review edit did: the file written (and its line that was added, 1-based), or why nothing was.</summary>
/// <param name="Subject">What the problem is about (a step, item or concept id), or the diagnostic line.</param>
/// <param name="Line">The 1-based line of the new text in the edited file.</param>
/// <param name="Warnings">Warnings the edited file has that it did not have before (written all the same).</param>
public sealed record EditResult(
    EditProblem Problem, string Path, string? Subject = null, int Line = 0, IReadOnlyList<Diagnostic>? Warnings = null)
{
    public bool Written => Problem == EditProblem.None;

    public static EditResult Fail(EditProblem problem, string path, string? subject = null) => new(problem, path, subject);
}
