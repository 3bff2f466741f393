namespace TrainingSim.Core.Security;

/// <summary>A secret's failed-attempt state, kept with its hash so a lockout survives a restart.</summary>
/// <param name="FailedAttempts">Consecutive wrong tries since the last success or lockout.</param>
/// <param name="Lockouts">Lockouts since the last success; each lasts twice as long as the one before.</param>
/// <param name="LockedUntil">When the current lockout ends; null when not locked.</param>
public readonly record struct LockoutCounts(int FailedAttempts, int Lockouts, DateTimeOffset? LockedUntil)
{
    public bool IsClear => FailedAttempts == 0 && Lockouts == 0 && LockedUntil is null;
}
