using TrainingSim.Core.Progress;
using TrainingSim.Core.Security;

namespace TrainingSim.Tui.Models;

/// <summary>Opening a trainee's record: at the first sign-in the trainee sets a PIN (typed twice), afterwards
/// it is checked through <see cref="PinGate"/> (wrong tries count towards a lockout that survives a restart).</summary>
internal sealed class PinModel(PinGate gate, Trainee trainee)
{
    public Trainee Trainee { get; } = trainee;

    /// <summary>The trainee has no PIN yet (new, or reset by a lead): the next submit sets it.</summary>
    public bool SettingPin => !gate.HasPin(Trainee.Name);

    /// <summary>Why the last submit failed; a lockout's end is a <see cref="DateTimeOffset"/> argument.</summary>
    public FormMessage? Message { get; private set; }

    /// <summary>True when the record may be opened. A PIN or a lockout count that cannot be stored (a full disk)
    /// opens nothing and says so.</summary>
    public bool Submit(string pin, string confirmation)
    {
        try
        {
            return Check(pin, confirmation);
        }
        catch (ProgressStoreException e)
        {
            Message = new FormMessage("PinNotStored", e.Message);
            return false;
        }
    }

    private bool Check(string pin, string confirmation)
    {
        if (SettingPin)
            return Set(TraineeNames.Normalize(pin), TraineeNames.Normalize(confirmation));
        var result = gate.Unlock(Trainee.Name, pin);
        Message = result.Status switch
        {
            UnlockStatus.Granted => null,
            UnlockStatus.Denied => new FormMessage("PinWrong", result.TriesLeft),
            UnlockStatus.LockedOut => new FormMessage("PinLockedOut", result.LockedUntil),
            _ => new FormMessage("PinWasReset"),
        };
        return result.Granted;
    }

    private bool Set(string pin, string confirmation)
    {
        if (!PinGate.IsWellFormed(pin))
        {
            Message = new FormMessage("PinMalformed", PinGate.MinimumLength, PinGate.MaximumLength);
            return false;
        }
        if (!string.Equals(pin, confirmation, StringComparison.Ordinal))
        {
            Message = new FormMessage("PinMismatch");
            return false;
        }
        if (gate.SetPin(Trainee.Name, pin) == SetPassphraseStatus.Set)
        {
            Message = null;
            return true;
        }
        // Set meanwhile from another window: check what was typed instead.
        return Check(pin, confirmation);
    }
}
