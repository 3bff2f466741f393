namespace TrainingSim.Core.Progress;

/// <summary>A trainee's progress, always computed from their attempts (nothing here is stored).</summary>
/// <remarks>
/// <para>Experience: each completed attempt (ended at an end step or hung up, not abandoned) earns its
/// score plus <see cref="ExperiencePerStar"/> per star; abandoned attempts earn nothing. Levels follow
/// <see cref="LevelProgress"/>.</para>
/// <para>Stars: the most stars of each catalog scenario over completed attempts, out of 3 per catalog
/// scenario.</para>
/// <para>Streak: consecutive calendar days (in the clock's local time zone) with at least one attempt
/// started, counted back from today; a streak whose last day is yesterday still stands (today is not over).</para>
/// </remarks>
public sealed record ProgressSummary
{
    public const int ExperiencePerStar = 25;
    public const int MaxStarsPerScenario = 3;

    public required int Experience { get; init; }
    public required LevelProgress Level { get; init; }
    public required int StarsEarned { get; init; }
    public required int StarsPossible { get; init; }
    public required int StreakDays { get; init; }
    /// <summary>When the trainee last did anything; null when they never played.</summary>
    public DateTimeOffset? LastSession { get; init; }
    /// <summary>Scenario id → best over completed attempts (scenarios with a completed attempt only).</summary>
    public required IReadOnlyDictionary<string, ScenarioBest> Best { get; init; }
    public required int Attempts { get; init; }
    public required int Completed { get; init; }
    /// <summary>Completed with at least one star.</summary>
    public required int Passed { get; init; }
    public int Abandoned => Attempts - Completed;

    /// <summary>Summarises one trainee's attempts against the catalog's scenario ids.</summary>
    public static ProgressSummary Compute(
        IEnumerable<AttemptRecord> attempts, IEnumerable<string> catalogScenarioIds, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(attempts);
        ArgumentNullException.ThrowIfNull(catalogScenarioIds);
        ArgumentNullException.ThrowIfNull(clock);

        var all = attempts.ToList();
        var completed = all.Where(a => a.Completed).ToList();
        var experience = completed.Sum(a => Math.Max(0, a.Score) + ExperiencePerStar * Math.Max(0, a.Stars));
        var best = completed
            .GroupBy(a => a.ScenarioId, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => new ScenarioBest(g.Key, g.Max(a => a.Score), g.Max(a => a.Stars), g.Count()),
                StringComparer.Ordinal);
        var catalog = catalogScenarioIds.Distinct(StringComparer.Ordinal).ToList();

        return new ProgressSummary
        {
            Experience = experience,
            Level = LevelProgress.For(experience),
            StarsEarned = catalog.Sum(id => best.TryGetValue(id, out var b) ? Math.Min(b.Stars, MaxStarsPerScenario) : 0),
            StarsPossible = MaxStarsPerScenario * catalog.Count,
            StreakDays = Streak(all, clock),
            LastSession = all.Count == 0 ? null : all.Max(a => a.LastActivity),
            Best = best,
            Attempts = all.Count,
            Completed = completed.Count,
            Passed = completed.Count(a => a.Passed),
        };
    }

    private static int Streak(IEnumerable<AttemptRecord> attempts, TimeProvider clock)
    {
        var zone = clock.LocalTimeZone;
        var days = attempts
            .Select(a => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(a.StartedAt, zone).DateTime))
            .ToHashSet();
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime);
        if (!days.Contains(day))
            day = day.AddDays(-1);
        var streak = 0;
        while (days.Contains(day))
        {
            streak++;
            day = day.AddDays(-1);
        }

        return streak;
    }
}
