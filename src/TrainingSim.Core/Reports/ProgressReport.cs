namespace TrainingSim.Core.Reports;

/// <summary>The team lead's view of progress: one entry per trainee, ordered by name.</summary>
public sealed record ProgressReport(IReadOnlyList<TraineeProgress> Trainees);
