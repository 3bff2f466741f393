using TrainingSim.Core.Scenarios;

namespace TrainingSim.Tui.Models;

/// <summary>What a finished call changed in the trainee's standing, announced on the scorecard: the level reached
/// (null when it stayed the same) and the scenarios it unlocked, in catalog order.</summary>
internal sealed record ProgressNews(int? NewLevel, IReadOnlyList<Scenario> Unlocked)
{
    public static readonly ProgressNews None = new(null, []);

    public bool IsEmpty => NewLevel is null && Unlocked.Count == 0;

    /// <summary>The news between two readings of the same trainee's home (before and after the call).</summary>
    public static ProgressNews Between(HomeStanding before, HomeStanding after) => new(
        after.Level > before.Level ? after.Level : null,
        [.. after.Unlocked.Where(s => !before.Unlocked.Contains(s))]);
}

/// <summary>The trainee's level and unlocked scenarios at one moment.</summary>
internal sealed record HomeStanding(int Level, IReadOnlyList<Scenario> Unlocked);
