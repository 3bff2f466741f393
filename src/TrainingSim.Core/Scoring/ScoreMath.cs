namespace TrainingSim.Core.Scoring;

/// <summary>The arithmetic of the scoring rules. Rounding is to the nearest integer, halves away from
/// zero, and is only applied where a value is shown or stored as an integer.</summary>
public static class ScoreMath
{
    public const int MinMood = 0;
    public const int MaxMood = 100;

    /// <summary>Mood lost by a reply sent after <c>reply_seconds</c>.</summary>
    public const int OverTimeMoodLoss = 5;

    /// <summary>Rounds halves away from zero (62.5 → 63, −7.5 → −8).</summary>
    public static int Round(double value) => (int)Math.Round(value, MidpointRounding.AwayFromZero);

    /// <summary>round(numerator / denominator) exactly, halves away from zero; denominator &gt; 0.</summary>
    public static long RoundDivide(long numerator, long denominator)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(denominator);
        return numerator >= 0
            ? ((2 * numerator) + denominator) / (2 * denominator)
            : -(((-2 * numerator) + denominator) / (2 * denominator));
    }

    /// <summary>A step's score 0..100 (unrounded): net / maximum × 100; with no maximum, 100 unless a
    /// penalty matched (then 0).</summary>
    public static double StepScore(int net, int maximum, bool penalized) =>
        maximum > 0 ? 100.0 * net / maximum : penalized ? 0 : 100;

    /// <summary>The points a reply sent after <c>reply_seconds</c> loses: 10% of the step's maximum,
    /// rounded up.</summary>
    public static int OverTimeLoss(int maximum) => maximum <= 0 ? 0 : (maximum + 9) / 10;

    /// <summary>round((step score − 50) / 50 × 15), computed exactly from net and maximum so that a half
    /// is never lost to floating point (a score of 25 gives −7.5 → −8).</summary>
    public static int MoodChange(int net, int maximum, bool penalized)
    {
        if (maximum <= 0)
            return penalized ? -15 : 15;
        // (100·net/max − 50) / 50 × 15 = 15·(2·net − max) / max
        return (int)RoundDivide(15L * ((2L * net) - maximum), maximum);
    }

    /// <summary>round((score − 50) / 50 × 15) for an unrounded step score.</summary>
    public static int MoodChange(double score) => Round((score - 50) / 50 * 15);

    /// <summary>round(100 × Σ net / Σ maximum); 0 when the maximum is 0.</summary>
    public static int Percent(long net, long maximum) =>
        maximum <= 0 ? 0 : (int)RoundDivide(100L * net, maximum);

    public static int ClampMood(int mood) => Math.Clamp(mood, MinMood, MaxMood);
}
