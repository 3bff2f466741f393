namespace TrainingSim.Cli;

/// <summary>A problem the command line reports as one line on standard error and an exit code, never a
/// stack trace. <see cref="Location"/> is <c>path:line:column</c> (one-based) or a path when known.</summary>
public sealed class CliException : Exception
{
    public CliException(string message, int exitCode = ExitCodes.Usage, string? location = null)
        : base(message)
    {
        ExitCode = exitCode;
        Location = location;
    }

    public CliException()
        : this("command line error")
    {
    }

    public CliException(string message, Exception innerException)
        : base(message, innerException)
    {
        ExitCode = ExitCodes.Usage;
    }

    public int ExitCode { get; }

    public string? Location { get; }
}
