namespace TrainingSim.Core.Security;

public enum SetPassphraseStatus
{
    Set,
    /// <summary>Shorter than the minimum (<see cref="PassphraseHasher.MinimumLength"/> for passphrases,
    /// <see cref="PinGate.MinimumLength"/> digits for PINs), or a PIN that is not all digits.</summary>
    TooShort,
    /// <summary>Already set: change it with the current one (a PIN: a lead resets it).</summary>
    AlreadySet,
}
