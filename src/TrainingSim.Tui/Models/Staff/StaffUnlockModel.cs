using TrainingSim.Core.Security;
using TrainingSim.Tui.Widgets;

namespace TrainingSim.Tui.Models.Staff;

/// <summary>The role entry: unlocks a role through <see cref="RoleGate"/> and says why when it does not (wrong
/// with tries left, locked out until when). A role with no passphrase cannot be entered here: passphrases are
/// set in advance with <c>trainingsim staff passphrase</c>, never by whoever reaches this screen first.</summary>
internal sealed class StaffUnlockModel(RoleGate gate)
{
    public Role Role { get; set; } = Role.Trainer;

    /// <summary>The role has a passphrase, so it can be unlocked here.</summary>
    public bool CanUnlock => gate.HasPassphrase(Role);

    public StaffMessage? Message { get; private set; }

    /// <summary>The staff session when the passphrase was accepted, else null with <see cref="Message"/> saying why.</summary>
    public Session? Submit(string passphrase)
    {
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
}
