namespace TrainingSim.Core.Drill;

/// <summary>The numbers of the weak-skill drill (docs/drill.md says why).</summary>
public static class DrillRules
{
    /// <summary>An attempt's weight halves every this many newer attempts that also scored the skill.</summary>
    public const double HalfLifeAttempts = 3;

    /// <summary>Only the newest attempts that scored a skill count (older ones weigh under 1/10 anyway).</summary>
    public const int Window = 10;

    /// <summary>A skill is judged only with at least this many scored turns...</summary>
    public const int MinimumTurns = 3;

    /// <summary>...from at least this many attempts, so that one call (or one turn) does not decide.</summary>
    public const int MinimumAttempts = 2;

    /// <summary>How many scenarios the queue offers.</summary>
    public const int QueueLength = 3;

    /// <summary>The weight of an attempt that is <paramref name="age"/> attempts older than the newest (age 0).</summary>
    public static double Weight(int age) => Math.Pow(0.5, age / HalfLifeAttempts);
}
