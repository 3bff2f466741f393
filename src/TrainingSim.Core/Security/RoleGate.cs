namespace TrainingSim.Core.Security;

/// <summary>Guards the trainer and team-lead views. A role's passphrase is set in advance, by whoever runs
/// <c>trainingsim staff passphrase</c> (never by whoever first reaches the role entry); unlocks verify it
/// under the <see cref="Lockout"/> rule. The state is saved through <see cref="IRoleStore"/> on every change.</summary>
public sealed class RoleGate(IRoleStore store, TimeProvider time)
{
    public static readonly IReadOnlyList<Role> AllRoles = [Role.Lead, Role.Trainer];

    public bool HasPassphrase(Role role) => store.Find(role) is not null;

    /// <summary>True once any staff role has a passphrase: from then on other trainees' data needs one.</summary>
    public bool AnyPassphrase => AllRoles.Any(HasPassphrase);

    /// <summary>Sets a role's first passphrase; a set one is changed with <see cref="ChangePassphrase"/>.</summary>
    public SetPassphraseStatus SetPassphrase(Role role, string passphrase)
    {
        ArgumentNullException.ThrowIfNull(passphrase);
        if (store.Find(role) is not null)
            return SetPassphraseStatus.AlreadySet;
        if (!PassphraseHasher.IsLongEnough(passphrase))
            return SetPassphraseStatus.TooShort;
        store.Save(new RoleCredential(role, PassphraseHasher.Hash(passphrase)));
        return SetPassphraseStatus.Set;
    }

    /// <summary>Replaces the passphrase after checking the current one (which counts as an unlock attempt).
    /// A replacement shorter than <see cref="PassphraseHasher.MinimumLength"/> is refused before anything is checked.</summary>
    public UnlockResult ChangePassphrase(Role role, string current, string replacement)
    {
        ArgumentNullException.ThrowIfNull(replacement);
        if (!PassphraseHasher.IsLongEnough(replacement))
            return new UnlockResult(UnlockStatus.TooShort);
        var unlock = Unlock(role, current);
        if (unlock.Granted)
            store.Save(new RoleCredential(role, PassphraseHasher.Hash(replacement)));
        return unlock;
    }

    public UnlockResult Unlock(Role role, string passphrase) =>
        store.Find(role) is { } credential
            ? Lockout.Try(credential, passphrase, time.GetUtcNow(), store.Save)
            : new UnlockResult(UnlockStatus.NotSet);

    /// <summary>Unlocks whichever role the passphrase belongs to (the command line asks for "a staff
    /// passphrase"). A passphrase that matches no role counts as one wrong try against every role not locked.</summary>
    public (UnlockResult Result, Role? Role) UnlockAny(string passphrase)
    {
        var now = time.GetUtcNow();
        var set = AllRoles.Select(store.Find).OfType<RoleCredential>().ToList();
        if (set.Count == 0)
            return (new UnlockResult(UnlockStatus.NotSet), null);
        var open = set.Where(c => !Lockout.IsLocked(c.Counts, now)).ToList();
        if (open.Count == 0)
            return (new UnlockResult(UnlockStatus.LockedOut, 0, set.Min(c => c.LockedUntil)), null);

        if (open.FirstOrDefault(c => PassphraseHasher.Verify(passphrase, c.Hash)) is { } match)
        {
            if (!match.Counts.IsClear)
                store.Save(match.WithCounts(default));
            return (new UnlockResult(UnlockStatus.Granted, Lockout.MaxFailures), match.Role);
        }

        var results = open.Select(c =>
        {
            var (counts, result) = Lockout.Fail(c.Counts, now);
            store.Save(c.WithCounts(counts));
            return result;
        }).ToList();
        return (results.MinBy(r => r.TriesLeft)!, null);
    }
}
