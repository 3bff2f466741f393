namespace TrainingSim.Core.Progress;

/// <summary>The level reached with some experience, and how far it is to the next.</summary>
/// <remarks>Level 1 starts at 0 experience; going from level L to L + 1 takes 100 × L more, so level L
/// starts at 50 × L × (L − 1): 0, 100, 300, 600, 1000, … Levels are numbers; the interface names them.</remarks>
public sealed record LevelProgress(int Level, int Experience, int LevelStartsAt, int NextLevelAt)
{
    /// <summary>Experience gained since this level started.</summary>
    public int IntoLevel => Experience - LevelStartsAt;

    /// <summary>Experience this level takes in all.</summary>
    public int LevelSpan => NextLevelAt - LevelStartsAt;

    /// <summary>Experience still needed for the next level.</summary>
    public int ToNextLevel => NextLevelAt - Experience;

    /// <summary>0 (just reached) to below 1.</summary>
    public double Fraction => (double)IntoLevel / LevelSpan;

    public static int StartOf(int level) => 50 * level * (level - 1);

    public static LevelProgress For(int experience)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(experience);
        var level = 1;
        while (StartOf(level + 1) <= experience)
            level++;
        return new LevelProgress(level, experience, StartOf(level), StartOf(level + 1));
    }
}
