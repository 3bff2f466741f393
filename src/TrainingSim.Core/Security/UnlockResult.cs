namespace TrainingSim.Core.Security;

/// <param name="TriesLeft">Wrong passphrases still allowed before the next lockout.</param>
/// <param name="LockedUntil">When the current lockout ends (for <see cref="UnlockStatus.LockedOut"/>).</param>
public sealed record UnlockResult(UnlockStatus Status, int TriesLeft = 0, DateTimeOffset? LockedUntil = null)
{
    public bool Granted => Status == UnlockStatus.Granted;
}
