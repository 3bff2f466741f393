namespace TrainingSim.Core.Text;

/// <summary>A normalised token and where it came from in the original text (UTF-16 offsets).</summary>
public readonly record struct Token(string Text, int Start, int Length)
{
    public Range SourceRange => new(Start, Start + Length);
}
