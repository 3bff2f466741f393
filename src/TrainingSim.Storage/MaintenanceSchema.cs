namespace TrainingSim.Storage;

/// <summary>The reference rules of the progress database that <c>db check</c> enforces.</summary>
public static class MaintenanceSchema
{
    public static IReadOnlyList<MaintenanceReference> Progress { get; } =
    [
        new("turns", "$.attempt", "attempts", "$._id", "turn", "attempt"),
        new("attempts", "$.trainee", "trainees", "$._id", "attempt", "trainee"),
    ];
}
