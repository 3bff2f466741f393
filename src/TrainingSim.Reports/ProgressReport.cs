using TrainingSim.Core.Progress;

namespace TrainingSim.Reports;

/// <summary>The team lead's view of progress: one entry per trainee, ordered by name; and the attempts of the
/// report's scope whose score was re-scored or overridden (their figures count with the score that stands).</summary>
public sealed record ProgressReport(IReadOnlyList<TraineeProgress> Trainees)
{
    public IReadOnlyList<AttemptRecord> Adjusted { get; init; } = [];
}
