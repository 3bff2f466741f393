namespace TrainingSim.Reports;

/// <summary>One trainee's line of the team lead's report (the fields of <c>report --format json</c>).</summary>
/// <param name="AverageScore">Over completed attempts, rounded halves away from zero; null when none completed.</param>
/// <param name="Skills">Skill id → average over completed attempts, ordered by id.</param>
/// <param name="Best">Scenario id → highest score over completed attempts, ordered by id.</param>
/// <param name="LastActive">The latest moment anything was recorded for the trainee; null when never.</param>
public sealed record TraineeProgress(
    string Name,
    string? Cohort,
    int Attempts,
    int Completed,
    int Passed,
    int? AverageScore,
    IReadOnlyDictionary<string, int> Skills,
    IReadOnlyDictionary<string, int> Best,
    DateTimeOffset? LastActive);
