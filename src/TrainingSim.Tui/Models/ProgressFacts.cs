using TrainingSim.Core.Progress;
using TrainingSim.Core.Scenarios;

namespace TrainingSim.Tui.Models;

/// <summary>Figures derived from a trainee's attempts (never stored twice): experience, level, streak,
/// best results and which scenarios are unlocked.</summary>
/// <remarks>Interim: to be replaced by Core's ProgressSummary and unlock rules when they land.</remarks>
internal static class ProgressFacts
{
    public const int ExperiencePerLevel = 500;
    public const int ExperiencePerStar = 50;

    /// <summary>Each completed attempt earns its score, plus 50 per star.</summary>
    public static int Experience(IEnumerable<AttemptRecord> attempts) =>
        attempts.Where(a => a.Completed).Sum(a => a.Score + (ExperiencePerStar * a.Stars));

    public static int Level(int experience) => 1 + (experience / ExperiencePerLevel);

    /// <summary>Consecutive days with an attempt, ending today or yesterday (in the clock's time zone).</summary>
    public static int Streak(IEnumerable<AttemptRecord> attempts, TimeProvider clock)
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

    /// <summary>A scenario is unlocked when every easier scenario of its module has at least one star.</summary>
    public static bool IsUnlocked(Scenario scenario, IEnumerable<Scenario> all, IReadOnlyDictionary<string, int> bestStars) =>
        all.Where(s => s.Module == scenario.Module && s.Difficulty < scenario.Difficulty)
            .All(s => bestStars.GetValueOrDefault(s.Id) >= 1);
}
