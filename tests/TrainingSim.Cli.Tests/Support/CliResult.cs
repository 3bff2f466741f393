namespace TrainingSim.Cli.Tests.Support;

/// <summary>What one run of the command line produced.</summary>
public sealed record CliResult(int ExitCode, string Out, string Error)
{
    public IReadOnlyList<string> OutLines => Lines(Out);

    public IReadOnlyList<string> ErrorLines => Lines(Error);

    public string LastOutLine => OutLines.Count == 0 ? "" : OutLines[^1];

    /// <summary>True when any output looks like a .NET stack frame.</summary>
    public bool HasStackTrace =>
        Out.Contains("   at ", StringComparison.Ordinal) || Error.Contains("   at ", StringComparison.Ordinal)
        || Error.Contains("Exception:", StringComparison.Ordinal) && Error.Contains(" at ", StringComparison.Ordinal);

    private static string[] Lines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}--- stderr\n{Error}";
}
