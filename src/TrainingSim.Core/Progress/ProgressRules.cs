namespace TrainingSim.Core.Progress;

/// <summary>Checks every <see cref="IProgressStore"/> applies the same way.</summary>
public static class ProgressRules
{
    /// <summary>A record given to <see cref="IProgressStore.StartAttempt"/> has no turns and no end.</summary>
    public static void CheckNewAttempt(AttemptRecord attempt)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        ArgumentException.ThrowIfNullOrWhiteSpace(attempt.Trainee, nameof(attempt));
        if (attempt.Turns.Count > 0 || attempt.Outcome is not null || attempt.EndedAt is not null)
            throw new ArgumentException("A new attempt has no turns and no outcome yet.", nameof(attempt));
    }

    /// <summary>Turns and the finish go to an attempt that exists and has not ended.</summary>
    public static void CheckOpen(Guid attemptId, string? outcome, bool exists)
    {
        if (!exists)
            throw new InvalidOperationException($"Attempt {attemptId} is not stored.");
        if (outcome is not null)
            throw new InvalidOperationException($"Attempt {attemptId} has already ended ({outcome}).");
    }
}
