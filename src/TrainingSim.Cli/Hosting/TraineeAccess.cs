using TrainingSim.Core.Security;

namespace TrainingSim.Cli;

/// <summary>The command line's side of <see cref="PinGate"/>, the same gate the text UI's PIN screen uses: playing
/// as a trainee who has a PIN needs it, typed at the prompt without echo (from standard input when it is not a
/// terminal, as the staff passphrase). Wrong PINs count towards the same lockout as in the text UI. A trainee
/// with no PIN yet (they set it at their first sign-in in the text UI), and every trainee on a machine whose staff
/// turned PINs off, is not asked.</summary>
public static class TraineeAccess
{
    /// <exception cref="CliException">No PIN typed, a wrong one, or a locked PIN (exit 2).</exception>
    public static void Require(CliContext context, IPinStore pins, string trainee)
    {
        ArgumentNullException.ThrowIfNull(context);
        var gate = new PinGate(pins, context.Environment.Clock);
        if (!gate.Required || !gate.HasPin(trainee))
            return;

        var pin = SecretPrompt.Read(context, context.Text.Format("TraineePinPrompt", TerminalText.Safe(trainee)))
            ?? throw new CliException(context.Text.Format("TraineePinNeeded", trainee));
        var result = gate.Unlock(trainee, pin);
        switch (result.Status)
        {
            case UnlockStatus.Granted:
            case UnlockStatus.NotSet: // reset by staff between the two reads: no PIN to ask for
                return;
            case UnlockStatus.LockedOut:
                throw new CliException(context.Text.Format(
                    "TraineePinLockedOut", result.LockedUntil!.Value.ToLocalTime().ToString("HH:mm:ss", context.Culture)));
            default:
                throw new CliException(context.Text.Format("TraineePinWrong", result.TriesLeft));
        }
    }
}
