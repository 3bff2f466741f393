namespace TrainingSim.Core.Progress;

/// <summary>Which attempts to read. Null filters match everything. <see cref="WithTurns"/> false reads
/// the attempts alone (faster for reports that need no turns).</summary>
public sealed record AttemptQuery(
    string? Trainee = null, string? Cohort = null, string? ScenarioId = null, bool WithTurns = true)
{
    public static AttemptQuery All { get; } = new();

    public bool Matches(AttemptRecord attempt)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        return (Trainee is null || string.Equals(attempt.Trainee, Trainee, StringComparison.Ordinal))
            && (Cohort is null || string.Equals(attempt.Cohort, Cohort, StringComparison.Ordinal))
            && (ScenarioId is null || string.Equals(attempt.ScenarioId, ScenarioId, StringComparison.Ordinal));
    }
}
