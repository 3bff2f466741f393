namespace TrainingSim.Tui.Widgets;

/// <summary>How a piece of text is coloured. Meaning never rests on colour alone: every tone's text
/// also carries a word or a mark (✓, ✗, 客户:, …).</summary>
internal enum Tone
{
    Normal,
    Heading,
    Customer,
    Trainee,
    Narrator,
    Good,
    Bad,
    Warning,
    Dim,
}
