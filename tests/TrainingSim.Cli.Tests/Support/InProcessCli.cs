using System.Globalization;

namespace TrainingSim.Cli.Tests.Support;

/// <summary>Runs the command line in this process with captured console and a controlled environment.</summary>
public static class InProcessCli
{
    public static CliResult Run(params string[] args) => RunWithInput("", args);

    public static CliResult RunWithInput(string input, params string[] args) =>
        RunIn(Environment(), input, args);

    public static CliResult RunIn(CliEnvironment environment, string input, params string[] args)
    {
        using var @in = new StringReader(input);
        using var @out = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var code = CliApp.Run(args, new CliConsole(@in, @out, error), environment);
        return new CliResult(code, @out.ToString(), error.ToString());
    }

    /// <summary>The real program folder and checkout, an English system culture, no TRAININGSIM_DB.</summary>
    public static CliEnvironment Environment(string? currentDirectory = null, string? programDirectory = null) => new()
    {
        CurrentDirectory = currentDirectory ?? System.Environment.CurrentDirectory,
        ProgramDirectory = programDirectory ?? AppContext.BaseDirectory,
        SystemCulture = CultureInfo.GetCultureInfo("en-US"),
        DatabaseVariable = null,
        UserDataDirectory = Path.Combine(Path.GetTempPath(), "trainingsim-tests-userdata"),
    };
}
