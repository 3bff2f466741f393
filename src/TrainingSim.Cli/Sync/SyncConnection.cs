using TrainingSim.Interchange.Sync;

namespace TrainingSim.Cli.Sync;

/// <summary>The LRS to sync with, from the options, <c>$TRAININGSIM_LRS_PASSWORD</c> and the remembered
/// settings (<see cref="LrsSettings"/>); what was given is remembered for the next sync and the text UI.</summary>
internal static class SyncConnection
{
    public static string SettingsPath(CliContext context) =>
        LrsSettings.PathIn(context.Environment.ConfigDirectory
                           ?? throw new CliException(context.Text.Format("SyncNoLrs")));

    public static LrsSettings Remembered(CliContext context)
    {
        var path = SettingsPath(context);
        try
        {
            return LrsSettings.Read(path);
        }
        catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
        {
            throw new CliException(context.Text.Format("SyncBadSettings", e.Message), ExitCodes.Usage, path);
        }
    }

    /// <summary>The LRS the text UI syncs with in the background: the remembered endpoint and user, with
    /// <c>$TRAININGSIM_LRS_PASSWORD</c> before the remembered password; null when any is missing (no LRS set up).</summary>
    /// <exception cref="CliException">The settings file cannot be read (one line naming it).</exception>
    public static LrsEndpoint? Configured(CliContext context)
    {
        if (context.Environment.ConfigDirectory is null)
            return null;
        var remembered = Remembered(context);
        var password = Password(context, remembered);
        return remembered.Lrs is { } url && LrsEndpoint.Parse(url) is { } endpoint && remembered.User is { } user && password is not null
            ? new LrsEndpoint(endpoint, user, password)
            : null;
    }

    /// <summary>The endpoint and credentials to use; remembers them when any was given now.</summary>
    public static LrsEndpoint Resolve(CliContext context, string? lrs, string? user)
    {
        var remembered = Remembered(context);
        var url = lrs ?? remembered.Lrs ?? throw new CliException(context.Text["SyncNoLrs"]);
        var endpoint = LrsEndpoint.Parse(url) ?? throw new CliException(context.Text["SyncBadLrs"], ExitCodes.Usage, url);
        var name = user ?? remembered.User ?? throw new CliException(context.Text["SyncNoUser"]);
        var password = Password(context, remembered);
        if (password is null)
            throw new CliException(context.Text.Format("SyncNoPassword", SettingsPath(context)));

        var now = new LrsSettings(endpoint.ToString(), name, password);
        if (now != remembered)
            now.Write(SettingsPath(context));
        return new LrsEndpoint(endpoint, name, password);
    }

    /// <summary><c>$TRAININGSIM_LRS_PASSWORD</c> when set, else the remembered password.</summary>
    private static string? Password(CliContext context, LrsSettings remembered) =>
        context.Environment.LrsPassword is { Length: > 0 } given ? given : remembered.Password;
}
