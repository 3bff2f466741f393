using TrainingSim.Core.Security;
using TrainingSim.Tui.Widgets;

namespace TrainingSim.Tui.Models.Staff;

/// <summary>The role entry: sets a role's passphrase on first use (typed twice, at least 8 characters) or
/// unlocks it through <see cref="RoleGate"/>, and says why when it does not (too short, different, wrong with
/// tries left, locked out until when).</summary>
internal sealed class StaffUnlockModel(RoleGate gate)
{
    public Role Role { get; set; } = Role.Trainer;

    /// <summary>The role has no passphrase yet: the next submit sets it.</summary>
    public bool SettingPassphrase => !gate.HasPassphrase(Role);

    public StaffMessage? Message { get; private set; }

    /// <summary>The staff session when the passphrase was set or accepted, else null with <see cref="Message"/> saying why.</summary>
    public Session? Submit(string passphrase, string confirmation)
    {
        if (SettingPassphrase)
            return Set(passphrase, confirmation);

        var result = gate.Unlock(Role, passphrase);
        Message = result.Status switch
        {
            UnlockStatus.Granted => null,
            UnlockStatus.Denied => new StaffMessage("StaffWrongPassphrase", Tone.Bad, result.TriesLeft),
            UnlockStatus.LockedOut => new StaffMessage("StaffLockedOut", Tone.Bad, result.LockedUntil),
            _ => new StaffMessage("StaffPassphraseNotSet", Tone.Warning),
        };
        return result.Granted ? Session.ForStaff(Role) : null;
    }

    private Session? Set(string passphrase, string confirmation)
    {
        if (passphrase.Length < PassphraseHasher.MinimumLength)
        {
            Message = new StaffMessage("StaffPassphraseTooShort", Tone.Bad, PassphraseHasher.MinimumLength);
            return null;
        }
        if (!string.Equals(passphrase, confirmation, StringComparison.Ordinal))
        {
            Message = new StaffMessage("StaffPassphraseMismatch", Tone.Bad);
            return null;
        }
        switch (gate.SetPassphrase(Role, passphrase))
        {
            case SetPassphraseStatus.Set:
                Message = null;
                return Session.ForStaff(Role);
            case SetPassphraseStatus.TooShort:
                Message = new StaffMessage("StaffPassphraseTooShort", Tone.Bad, PassphraseHasher.MinimumLength);
                return null;
            default:
                // Set meanwhile from another window: unlock with what was typed instead.
                Message = null;
                return Submit(passphrase, confirmation);
        }
    }
}
