namespace TrainingSim.Cli;

/// <summary>The exit codes of the command line contract.</summary>
public static class ExitCodes
{
    /// <summary>The command did what was asked and found nothing wrong.</summary>
    public const int Success = 0;

    /// <summary>The command ran and found a problem: an invalid scenario, a failed test, an unknown trainee,
    /// replies that ran out.</summary>
    public const int Problem = 1;

    /// <summary>A usage error or unreadable input.</summary>
    public const int Usage = 2;

    /// <summary>A failure the program does not expect: a bug, reported in one line asking for a report.</summary>
    public const int Bug = 3;
}
