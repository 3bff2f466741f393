namespace TrainingSim.Tui.Models.Staff;

/// <summary>Scores 0..100 as block characters ▁▂▃▄▅▆▇█, one per score, in eight equal bands (0–12 ▁ … 88–100 █).</summary>
internal static class Sparkline
{
    private const string Blocks = "▁▂▃▄▅▆▇█";

    public static string Render(IEnumerable<int> scores) =>
        string.Concat(scores.Select(s => Blocks[Math.Min(Blocks.Length - 1, Math.Clamp(s, 0, 100) * Blocks.Length / 100)]));
}
