namespace TrainingSim.Tui.Widgets;

/// <summary>One paragraph of a <see cref="TextBlock"/>: wrapped to the block's width when drawn.
/// <paramref name="Indent"/> columns are kept free on continuation lines.</summary>
internal sealed record StyledLine(string Text, Tone Tone = Tone.Normal, int Indent = 0)
{
    public static StyledLine Blank { get; } = new("");
}
