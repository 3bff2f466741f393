namespace TrainingSim.Core.Security;

/// <summary>A trainee's stored PIN hash (same scheme as the staff passphrases) and its lockout state.</summary>
public sealed record TraineePin(string Trainee, string Hash, int FailedAttempts = 0, int Lockouts = 0, DateTimeOffset? LockedUntil = null)
    : IGuardedSecret<TraineePin>
{
    public LockoutCounts Counts => new(FailedAttempts, Lockouts, LockedUntil);

    public TraineePin WithCounts(LockoutCounts counts) =>
        this with { FailedAttempts = counts.FailedAttempts, Lockouts = counts.Lockouts, LockedUntil = counts.LockedUntil };
}
