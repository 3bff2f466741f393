namespace TrainingSim.Cli.Tests.Support;

/// <summary>Runs <c>sync</c> in this process for one machine: its own config folder, the password in the
/// environment as a user would set it.</summary>
public sealed class Syncing(string configDirectory, string password = "secret")
{
    public string ConfigDirectory { get; } = configDirectory;

    public CliResult Run(params string[] args) =>
        InProcessCli.RunIn(InProcessCli.Environment() with { ConfigDirectory = ConfigDirectory, LrsPassword = password }, "", args);

    public CliResult Sync(string db, Uri lrs, params string[] more) =>
        Run(["sync", "--db", db, "--lrs", lrs.ToString(), "--user", "classroom", "--lang", "en", .. more]);
}
