using System.Globalization;
using System.Text;

namespace TrainingSim.Core.Text;

/// <summary><see cref="Tokenizer.Normalize"/> of a text, with a map from positions in the normalised text
/// back to the original (for highlighting what a regex phrase matched).</summary>
internal sealed class NormalizedText
{
    private readonly string _original;
    private int[]? _starts;
    private int[]? _ends;
    private bool _mapped;

    public NormalizedText(string original)
    {
        ArgumentNullException.ThrowIfNull(original);
        _original = original;
        Text = Tokenizer.Normalize(original);
    }

    public string Text { get; }

    /// <summary>The range of the original text that a non-empty range of <see cref="Text"/> came from,
    /// or null when it cannot be told.</summary>
    public Range? ToOriginal(int index, int length)
    {
        if (!_mapped)
            BuildMap();
        if (_starts is null || _ends is null || length <= 0 || index < 0 || index + length > _starts.Length)
            return null;
        return new Range(_starts[index], _ends[index + length - 1]);
    }

    private void BuildMap()
    {
        _mapped = true;
        var original = _original;

        // Normalise one text element at a time to learn where each normalised character came from. NFKC
        // can in rare cases compose across element boundaries; then the pieces differ from the whole and
        // no map is kept (matching still uses the whole, only the highlighting is lost).
        var pieces = new StringBuilder(Text.Length);
        var starts = new List<int>(Text.Length);
        var ends = new List<int>(Text.Length);
        var elements = StringInfo.GetTextElementEnumerator(original);
        while (elements.MoveNext())
        {
            var start = elements.ElementIndex;
            var element = (string)elements.Current;
            var normalized = Tokenizer.Normalize(element);
            pieces.Append(normalized);
            for (var i = 0; i < normalized.Length; i++)
            {
                starts.Add(start);
                ends.Add(start + element.Length);
            }
        }

        if (pieces.ToString() == Text)
        {
            _starts = [.. starts];
            _ends = [.. ends];
        }
    }
}
