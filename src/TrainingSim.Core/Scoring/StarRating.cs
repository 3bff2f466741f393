namespace TrainingSim.Core.Scoring;

/// <summary>The stars of an attempt and why: every level, reached or not, with what it needed.</summary>
public sealed record StarRating(int Stars, IReadOnlyList<StarLevel> Levels)
{
    /// <summary>The first level not reached, or null with 3 stars.</summary>
    public StarLevel? NextLevel => Levels.FirstOrDefault(level => !level.Reached);

    /// <summary>English: e.g. <c>3 stars needs score ≥ 90 (got 88)</c>; empty with 3 stars.</summary>
    public string WhyNotMore()
    {
        if (NextLevel is not { } next)
            return "";
        return $"{next.Stars} star{(next.Stars == 1 ? "" : "s")} needs {string.Join(" and ", next.Unmet)}";
    }
}
