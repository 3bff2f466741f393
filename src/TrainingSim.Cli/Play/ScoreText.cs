namespace TrainingSim.Cli.Play;

/// <summary>Scores as shown: rounded to the nearest integer, halves away from zero (the scoring rules).</summary>
public static class ScoreText
{
    public static int Round(double value) => (int)Math.Round(value, MidpointRounding.AwayFromZero);
}
