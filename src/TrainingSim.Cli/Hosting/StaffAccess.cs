using TrainingSim.Core.Progress;
using TrainingSim.Core.Security;
using TrainingSim.Storage;

namespace TrainingSim.Cli;

/// <summary>The check of every command that reads or changes other trainees' data: once a staff passphrase is
/// set in the database, the command needs one (the lead's or the trainer's), from
/// <c>$TRAININGSIM_STAFF_PASSPHRASE</c> or typed at the prompt without echo. Wrong ones count towards the same
/// lockout as in the text UI. A database with no staff passphrase needs none (as before roles existed).</summary>
public static class StaffAccess
{
    /// <summary>For the commands that open the database read-only afterwards: looks read-only whether a
    /// passphrase is set (a database with none is not written to), then checks on a connection of its own, so
    /// that a wrong passphrase is counted. A file that cannot be written is checked without counting (whoever
    /// can read such a file can read all of it anyway).</summary>
    /// <param name="inputTaken">The command reads its data from a piped standard input, so a passphrase cannot be
    /// typed there too: it must come from the environment variable.</param>
    public static Session? Require(CliContext context, bool requireSet = false, bool inputTaken = false)
    {
        ArgumentNullException.ThrowIfNull(context);
        var path = context.DatabasePath;
        if (!File.Exists(path) || new FileInfo(path).Length == 0)
            return NoneSet(context, requireSet);
        using (var view = LiteDbProgressStore.Open(path, readOnly: true))
        {
            if (!new RoleGate(view.Roles, TimeProvider.System).AnyPassphrase)
                return NoneSet(context, requireSet);
        }

        LiteDbProgressStore store;
        IRoleStore roles;
        try
        {
            store = LiteDbProgressStore.Open(context.DatabasePath);
            roles = store.Roles;
        }
        catch (ProgressStoreException) when (File.Exists(context.DatabasePath))
        {
            store = LiteDbProgressStore.Open(context.DatabasePath, readOnly: true);
            roles = new UncountedRoleStore(store.Roles);
        }

        using (store)
            return Check(context, roles, requireSet, inputTaken);
    }

    /// <summary>The staff session, or null when no passphrase is set and <paramref name="requireSet"/> is false.</summary>
    /// <exception cref="CliException">No passphrase given, a wrong one, a locked role, or none set when required.</exception>
    public static Session? Require(CliContext context, LiteDbProgressStore store, bool requireSet = false)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(store);
        return Check(context, store.Roles, requireSet);
    }

    private static Session? Check(CliContext context, IRoleStore roles, bool requireSet, bool inputTaken = false)
    {
        var gate = new RoleGate(roles, TimeProvider.System);
        if (!gate.AnyPassphrase)
            return NoneSet(context, requireSet);

        var passphrase = context.Environment.StaffPassphraseVariable;
        if (passphrase is not { Length: > 0 })
            passphrase = inputTaken && !context.Console.InputIsTerminal ? null : SecretPrompt.Read(context, context.Text["StaffPassphrasePrompt"]);
        if (passphrase is null)
            throw new CliException(context.Text.Format("StaffPassphraseNeeded", CliEnvironment.StaffPassphraseVariableName));
        var (result, role) = gate.UnlockAny(passphrase);
        return result.Granted ? Session.ForStaff(role!.Value) : throw Refusal(context, result);
    }

    /// <summary>The one line for a passphrase that was not accepted: wrong (tries left) or locked (until when).</summary>
    public static CliException Refusal(CliContext context, UnlockResult result)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(result);
        return new CliException(result.Status == UnlockStatus.LockedOut
            ? context.Text.Format("StaffLockedOut", result.LockedUntil!.Value.ToLocalTime().ToString("HH:mm:ss", context.Culture))
            : context.Text.Format("StaffPassphraseWrong", result.TriesLeft));
    }

    private static Session? NoneSet(CliContext context, bool requireSet) =>
        requireSet ? throw new CliException(context.Text["StaffNoneSet"], ExitCodes.Problem) : null;
}
