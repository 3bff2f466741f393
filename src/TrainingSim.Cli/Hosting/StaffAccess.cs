using TrainingSim.Core.Security;
using TrainingSim.Storage;

namespace TrainingSim.Cli;

/// <summary>The check of every command that reads or changes other trainees' data: once a staff passphrase is
/// set in the database, the command needs one (the lead's or the trainer's), from
/// <c>$TRAININGSIM_STAFF_PASSPHRASE</c> or typed at the prompt without echo. Wrong ones count towards the same
/// lockout as in the text UI. A database with no staff passphrase needs none (as before roles existed).</summary>
public static class StaffAccess
{
    /// <summary>The staff session, or null when no passphrase is set and <paramref name="requireSet"/> is false.</summary>
    /// <exception cref="CliException">No passphrase given, a wrong one, a locked role, or none set when required.</exception>
    public static Session? Require(CliContext context, LiteDbProgressStore store, bool requireSet = false)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(store);
        var gate = new RoleGate(store.Roles, TimeProvider.System);
        if (!gate.AnyPassphrase)
        {
            return requireSet
                ? throw new CliException(context.Text["StaffNoneSet"], ExitCodes.Problem)
                : null;
        }

        var passphrase = context.Environment.StaffPassphraseVariable is { Length: > 0 } given
            ? given
            : SecretPrompt.Read(context, context.Text["StaffPassphrasePrompt"])
              ?? throw new CliException(context.Text.Format("StaffPassphraseNeeded", CliEnvironment.StaffPassphraseVariableName));
        var (result, role) = gate.UnlockAny(passphrase);
        return result.Status switch
        {
            UnlockStatus.Granted => Session.ForStaff(role!.Value),
            UnlockStatus.LockedOut => throw new CliException(context.Text.Format(
                "StaffLockedOut", result.LockedUntil!.Value.ToLocalTime().ToString("HH:mm:ss", context.Culture))),
            _ => throw new CliException(context.Text.Format("StaffPassphraseWrong", result.TriesLeft)),
        };
    }
}
