namespace TrainingSim.Reports;

internal static class Rounding
{
    /// <summary>The mean rounded halves away from zero (decimal, so 78.5 is exactly a half).</summary>
    public static int Mean(long sum, int count) =>
        (int)Math.Round((decimal)sum / count, MidpointRounding.AwayFromZero);
}
