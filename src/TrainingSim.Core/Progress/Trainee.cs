namespace TrainingSim.Core.Progress;

public sealed record Trainee(string Name, string? Cohort, DateTimeOffset CreatedAt);
