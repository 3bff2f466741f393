using TrainingSim.Core.Security;
using TrainingSim.Tui.Widgets;

namespace TrainingSim.Tui.Models.Staff;

/// <summary>Changing the signed-in role's passphrase: the current one (counted like an unlock), then the new
/// one twice, at least <see cref="PassphraseHasher.MinimumLength"/> characters.</summary>
internal sealed class ChangePassphraseModel(RoleGate gate, Role role)
{
    public Role Role { get; } = role;

    /// <summary>What the last submit did: changed (good) or why not.</summary>
    public StaffMessage? Message { get; private set; }

    public bool Submit(string current, string replacement, string confirmation)
    {
        if (!PassphraseHasher.IsLongEnough(replacement))
        {
            Message = new StaffMessage("StaffPassphraseTooShort", Tone.Bad, PassphraseHasher.MinimumLength);
            return false;
        }
        if (!string.Equals(replacement, confirmation, StringComparison.Ordinal))
        {
            Message = new StaffMessage("StaffPassphraseMismatch", Tone.Bad);
            return false;
        }
        var result = gate.ChangePassphrase(Role, current, replacement);
        Message = result.Status switch
        {
            UnlockStatus.Granted => new StaffMessage("StaffPassphraseChanged", Tone.Good),
            UnlockStatus.LockedOut => new StaffMessage("StaffLockedOut", Tone.Bad, result.LockedUntil),
            _ => new StaffMessage("StaffWrongPassphrase", Tone.Bad, result.TriesLeft),
        };
        return result.Granted;
    }
}
