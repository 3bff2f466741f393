namespace TrainingSim.Core.Security;

/// <summary>The one rule for every secret: after <see cref="MaxFailures"/> wrong tries in a row the secret
/// locks for <see cref="FirstLockout"/>, every further lockout twice as long (up to <see cref="LongestLockout"/>);
/// while locked nothing is checked; a success clears both counts. Every change is saved before the result is
/// returned.</summary>
public static class Lockout
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan FirstLockout = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan LongestLockout = TimeSpan.FromHours(24);

    /// <summary>Checks <paramref name="secret"/> against the stored hash, counting a failure or clearing the
    /// counts, and saves the changed state.</summary>
    public static UnlockResult Try<T>(T stored, string secret, DateTimeOffset now, Action<T> save)
        where T : IGuardedSecret<T>
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(save);
        if (IsLocked(stored.Counts, now))
            return new UnlockResult(UnlockStatus.LockedOut, 0, stored.Counts.LockedUntil);
        if (PassphraseHasher.Verify(secret, stored.Hash))
        {
            if (!stored.Counts.IsClear)
                save(stored.WithCounts(default));
            return new UnlockResult(UnlockStatus.Granted, MaxFailures);
        }

        var (counts, result) = Fail(stored.Counts, now);
        save(stored.WithCounts(counts));
        return result;
    }

    public static bool IsLocked(LockoutCounts counts, DateTimeOffset now) => counts.LockedUntil is { } until && now < until;

    /// <summary>The state after one more wrong try, and what to tell the user.</summary>
    public static (LockoutCounts Counts, UnlockResult Result) Fail(LockoutCounts counts, DateTimeOffset now)
    {
        var failures = counts.FailedAttempts + 1;
        if (failures < MaxFailures)
            return (counts with { FailedAttempts = failures, LockedUntil = null }, new UnlockResult(UnlockStatus.Denied, MaxFailures - failures));
        var until = now + LockoutLength(counts.Lockouts);
        return (new LockoutCounts(0, counts.Lockouts + 1, until), new UnlockResult(UnlockStatus.LockedOut, 0, until));
    }

    /// <summary>The length of the lockout after <paramref name="earlierLockouts"/> earlier ones: 30 s, 60 s, 120 s…</summary>
    public static TimeSpan LockoutLength(int earlierLockouts)
    {
        var length = FirstLockout;
        for (var i = 0; i < earlierLockouts && length < LongestLockout; i++)
            length += length;
        return length < LongestLockout ? length : LongestLockout;
    }
}
