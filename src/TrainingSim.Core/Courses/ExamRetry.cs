namespace TrainingSim.Core.Courses;

/// <summary>A trainer lets a trainee play an exam scenario once more.</summary>
public sealed record ExamRetry(string Trainee, string ScenarioId, DateTimeOffset GrantedAt);
