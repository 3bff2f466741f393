namespace TrainingSim.Core.Security;

/// <summary>A role's stored passphrase hash and its failed-attempt state (kept so a lockout survives a restart).</summary>
/// <param name="FailedAttempts">Consecutive wrong passphrases since the last success or lockout.</param>
/// <param name="Lockouts">Lockouts since the last success; each lasts twice as long as the one before.</param>
public sealed record RoleCredential(Role Role, string Hash, int FailedAttempts = 0, int Lockouts = 0, DateTimeOffset? LockedUntil = null)
    : IGuardedSecret<RoleCredential>
{
    public LockoutCounts Counts => new(FailedAttempts, Lockouts, LockedUntil);

    public RoleCredential WithCounts(LockoutCounts counts) =>
        this with { FailedAttempts = counts.FailedAttempts, Lockouts = counts.Lockouts, LockedUntil = counts.LockedUntil };
}
