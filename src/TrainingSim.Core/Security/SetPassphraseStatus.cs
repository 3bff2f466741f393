namespace TrainingSim.Core.Security;

public enum SetPassphraseStatus
{
    Set,
    /// <summary>Shorter than <see cref="PassphraseHasher.MinimumLength"/> characters.</summary>
    TooShort,
    /// <summary>The role already has a passphrase: change it with the current one.</summary>
    AlreadySet,
}
