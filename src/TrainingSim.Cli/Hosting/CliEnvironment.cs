using System.Globalization;

namespace TrainingSim.Cli;

/// <summary>What a run takes from its surroundings: the folders it starts from, the environment variables
/// it reads, the system culture. The real process's by default; tests pass their own.</summary>
public sealed record CliEnvironment
{
    public required string CurrentDirectory { get; init; }
    public required string ProgramDirectory { get; init; }
    public required CultureInfo SystemCulture { get; init; }
    public string? DatabaseVariable { get; init; }

    /// <summary><c>$TRAININGSIM_STAFF_PASSPHRASE</c>: the staff passphrase for scripts, instead of the prompt.</summary>
    public string? StaffPassphraseVariable { get; init; }
    public required string UserDataDirectory { get; init; }

    /// <summary>False when standard input and output are both redirected (a pipe, a file, /dev/null): there is
    /// no one to draw the text UI for.</summary>
    public bool HasTerminal { get; init; } = true;

    /// <summary>The environment variable naming the progress database when <c>--db</c> is not given.</summary>
    public const string DatabaseVariableName = "TRAININGSIM_DB";

    public const string StaffPassphraseVariableName = "TRAININGSIM_STAFF_PASSPHRASE";

    public static CliEnvironment FromProcess() => new()
    {
        CurrentDirectory = Environment.CurrentDirectory,
        ProgramDirectory = AppContext.BaseDirectory,
        SystemCulture = CultureInfo.CurrentUICulture,
        DatabaseVariable = Environment.GetEnvironmentVariable(DatabaseVariableName),
        StaffPassphraseVariable = Environment.GetEnvironmentVariable(StaffPassphraseVariableName),
        UserDataDirectory = Environment.GetFolderPath(
            Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify),
        HasTerminal = !(Console.IsInputRedirected && Console.IsOutputRedirected),
    };
}
