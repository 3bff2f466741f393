namespace TrainingSim.Core.Security;

/// <summary>Guards the trainer and team-lead views. The first use of a role sets its passphrase; later
/// unlocks verify it. After <see cref="MaxFailures"/> wrong passphrases in a row the role locks for
/// <see cref="FirstLockout"/>, every further lockout twice as long (up to <see cref="LongestLockout"/>);
/// a success clears both counts. The state is saved through <see cref="IRoleStore"/> on every change.</summary>
public sealed class RoleGate(IRoleStore store, TimeProvider time)
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan FirstLockout = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan LongestLockout = TimeSpan.FromHours(24);

    public bool HasPassphrase(Role role) => store.Find(role) is not null;

    /// <summary>Sets the passphrase on first use only.</summary>
    public SetPassphraseStatus SetPassphrase(Role role, string passphrase)
    {
        if (store.Find(role) is not null)
            return SetPassphraseStatus.AlreadySet;
        if (passphrase.Length < PassphraseHasher.MinimumLength)
            return SetPassphraseStatus.TooShort;
        store.Save(new RoleCredential(role, PassphraseHasher.Hash(passphrase)));
        return SetPassphraseStatus.Set;
    }

    /// <summary>Replaces the passphrase after checking the current one (which counts as an unlock attempt).</summary>
    public UnlockResult ChangePassphrase(Role role, string current, string replacement)
    {
        if (replacement.Length < PassphraseHasher.MinimumLength)
            return new UnlockResult(UnlockStatus.Denied, TriesLeft(store.Find(role)));
        var unlock = Unlock(role, current);
        if (unlock.Granted)
            store.Save(new RoleCredential(role, PassphraseHasher.Hash(replacement)));
        return unlock;
    }

    public UnlockResult Unlock(Role role, string passphrase)
    {
        if (store.Find(role) is not { } credential)
            return new UnlockResult(UnlockStatus.NotSet);
        var now = time.GetUtcNow();
        if (credential.LockedUntil is { } until && now < until)
            return new UnlockResult(UnlockStatus.LockedOut, 0, until);

        if (PassphraseHasher.Verify(passphrase, credential.Hash))
        {
            if (credential.FailedAttempts != 0 || credential.Lockouts != 0 || credential.LockedUntil is not null)
                store.Save(credential with { FailedAttempts = 0, Lockouts = 0, LockedUntil = null });
            return new UnlockResult(UnlockStatus.Granted, MaxFailures);
        }

        var failures = credential.FailedAttempts + 1;
        if (failures < MaxFailures)
        {
            var updated = credential with { FailedAttempts = failures, LockedUntil = null };
            store.Save(updated);
            return new UnlockResult(UnlockStatus.Denied, TriesLeft(updated));
        }

        var lockedUntil = now + LockoutLength(credential.Lockouts);
        store.Save(credential with { FailedAttempts = 0, Lockouts = credential.Lockouts + 1, LockedUntil = lockedUntil });
        return new UnlockResult(UnlockStatus.LockedOut, 0, lockedUntil);
    }

    /// <summary>The length of the lockout after <paramref name="earlierLockouts"/> earlier ones: 30 s, 60 s, 120 s…</summary>
    public static TimeSpan LockoutLength(int earlierLockouts)
    {
        var length = FirstLockout;
        for (var i = 0; i < earlierLockouts && length < LongestLockout; i++)
            length += length;
        return length < LongestLockout ? length : LongestLockout;
    }

    private static int TriesLeft(RoleCredential? credential) => MaxFailures - (credential?.FailedAttempts ?? 0);
}
