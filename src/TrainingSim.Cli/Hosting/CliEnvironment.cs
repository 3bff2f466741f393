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

    /// <summary>The user's configuration folder (~/.config, %APPDATA%), where <c>sync</c> remembers the LRS;
    /// null in tests that never sync.</summary>
    public string? ConfigDirectory { get; init; }

    /// <summary>The LRS password from <see cref="LrsPasswordVariableName"/>, when set.</summary>
    public string? LrsPassword { get; init; }

    /// <summary>True when standard error is a terminal (progress bars are drawn only there).</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>False when standard input and output are both redirected (a pipe, a file, /dev/null): there is
    /// no one to draw the text UI for.</summary>
    public bool HasTerminal { get; init; } = true;

    /// <summary>The clock and time zone that say what "today" is (course plans' due dates); the system's by default.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>The environment variable naming the progress database when <c>--db</c> is not given.</summary>
    public const string DatabaseVariableName = "TRAININGSIM_DB";

    /// <summary>The environment variable with the LRS password (never an option: command lines are visible to
    /// every user of the machine).</summary>
    public const string LrsPasswordVariableName = "TRAININGSIM_LRS_PASSWORD";
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
        ConfigDirectory = Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData, Environment.SpecialFolderOption.DoNotVerify),
        LrsPassword = Environment.GetEnvironmentVariable(LrsPasswordVariableName),
        ErrorIsTerminal = !Console.IsErrorRedirected,
    };
}
