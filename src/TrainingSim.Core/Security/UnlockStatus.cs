namespace TrainingSim.Core.Security;

public enum UnlockStatus
{
    Granted,
    /// <summary>Wrong passphrase; more tries left before a lockout.</summary>
    Denied,
    /// <summary>Too many wrong passphrases: no passphrase is checked until the lockout ends.</summary>
    LockedOut,
    /// <summary>No passphrase set yet for the role: set one first.</summary>
    NotSet,
    /// <summary>The new passphrase is too short; nothing was checked or changed.</summary>
    TooShort,
}
