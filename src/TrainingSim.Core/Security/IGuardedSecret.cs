namespace TrainingSim.Core.Security;

/// <summary>A stored secret (a role's passphrase, a trainee's PIN): its hash and its lockout state.</summary>
public interface IGuardedSecret<TSelf>
    where TSelf : IGuardedSecret<TSelf>
{
    string Hash { get; }

    LockoutCounts Counts { get; }

    TSelf WithCounts(LockoutCounts counts);
}
