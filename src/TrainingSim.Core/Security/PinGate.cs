namespace TrainingSim.Core.Security;

/// <summary>Guards each trainee's record with a PIN of <see cref="MinimumLength"/> to <see cref="MaximumLength"/>
/// digits, set at the trainee's first sign-in and checked under the <see cref="Lockout"/> rule afterwards.
/// Resetting a PIN and turning PINs off are staff actions: they take the staff <see cref="Session"/>.</summary>
public sealed class PinGate(IPinStore store, TimeProvider time)
{
    public const int MinimumLength = 4;
    public const int MaximumLength = 12;

    /// <summary>False on a machine whose staff turned PINs off.</summary>
    public bool Required => !store.PinsOff;

    public bool HasPin(string trainee) => store.Find(trainee) is not null;

    public static bool IsWellFormed(string pin) =>
        pin.Length is >= MinimumLength and <= MaximumLength && pin.All(char.IsAsciiDigit);

    /// <summary>Sets the trainee's first PIN; a set one is only replaced after a lead's reset.</summary>
    public SetPassphraseStatus SetPin(string trainee, string pin)
    {
        ArgumentNullException.ThrowIfNull(pin);
        if (store.Find(trainee) is not null)
            return SetPassphraseStatus.AlreadySet;
        if (!IsWellFormed(pin))
            return SetPassphraseStatus.TooShort;
        store.Save(new TraineePin(trainee, PassphraseHasher.Hash(pin)));
        return SetPassphraseStatus.Set;
    }

    /// <summary>Checks a typed PIN (NFKC-normalised and trimmed first, so full-width digits from a Chinese input
    /// method match) under the lockout rule; <see cref="UnlockStatus.NotSet"/> for a trainee with no PIN.</summary>
    public UnlockResult Unlock(string trainee, string pin) =>
        store.Find(trainee) is { } stored
            ? Lockout.Try(stored, Progress.TraineeNames.Normalize(pin), time.GetUtcNow(), store.Save)
            : new UnlockResult(UnlockStatus.NotSet);

    /// <summary>Forgets the trainee's PIN, so the next sign-in sets a new one. False when none was set.</summary>
    public bool Reset(Session staff, string trainee)
    {
        RequireStaff(staff);
        return store.Remove(trainee);
    }

    /// <summary>Turns PINs on or off for this database (off: a single-user machine).</summary>
    public void SetRequired(Session staff, bool required)
    {
        RequireStaff(staff);
        store.SetPinsOff(!required);
    }

    private static void RequireStaff(Session staff)
    {
        ArgumentNullException.ThrowIfNull(staff);
        if (staff.Role is null)
            throw new InvalidOperationException("Only a staff session may reset PINs or change the PIN setting.");
    }
}
