namespace TrainingSim.Core.Progress;

/// <summary>How an attempt ended: what <see cref="IProgressStore.FinishAttempt"/> stores.</summary>
public sealed record AttemptFinish(
    string Outcome, bool Success, int Score, int Stars, IReadOnlyDictionary<string, int> Skills, DateTimeOffset EndedAt);
