using TrainingSim.Authoring.Yaml;

namespace TrainingSim.Authoring.Editing;

/// <summary>Inserts text into a YAML file at places found by the parser's marks, leaving every other character —
/// comments, blank lines, quoting, the order of keys — as it was. Lines and columns are zero-based, as the
/// reader's spans are.</summary>
internal sealed class YamlTextEdit
{
    private readonly List<string> _lines;
    private readonly string _newline;

    public YamlTextEdit(string text)
    {
        _newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        _lines = [.. text.Split('\n').Select(l => l.TrimEnd('\r'))];
    }

    /// <summary>The 1-based line of the last insertion.</summary>
    public int InsertedLine { get; private set; }

    public string Text => string.Join(_newline, _lines);

    public char At(int line, int column) =>
        line < _lines.Count && column >= 0 && column < _lines[line].Length ? _lines[line][column] : '\0';

    /// <summary>A collection written in flow style (<c>[a, b]</c>, <c>{k: v}</c>).</summary>
    public bool IsFlow(YamlNode node) => node is not YamlScalar && At(node.Span.Line, node.Span.Column) is '[' or '{';

    /// <summary>The last line that holds the node's own text (a block collection's end mark sits on the next
    /// key, so its last child decides; a block scalar ends at the start of the line after it).</summary>
    public int LastLine(YamlNode node) => node switch
    {
        YamlSequence or YamlMapping when IsFlow(node) => node.Span.EndLine,
        YamlSequence { Items.Count: > 0 } sequence => LastLine(sequence.Items[^1]),
        YamlMapping { Entries.Count: > 0 } mapping => Math.Max(LastLine(mapping.Entries[^1].Key), LastLine(mapping.Entries[^1].Value)),
        _ => node.Span.EndColumn == 0 && node.Span.EndLine > node.Span.Line ? node.Span.EndLine - 1 : node.Span.EndLine,
    };

    /// <summary>Adds whole lines after line <paramref name="after"/>, each indented by <paramref name="indent"/> spaces
    /// more than given.</summary>
    public void InsertLines(int after, IEnumerable<(int Indent, string Text)> lines)
    {
        var at = after + 1;
        foreach (var (indent, text) in lines)
            _lines.Insert(at++, new string(' ', indent) + text);
        InsertedLine = at;
    }

    /// <summary>The column of a flow sequence's closing bracket on its last line (the reader's end mark stands on
    /// or just before it), or -1.</summary>
    public int ClosingBracket(YamlSequence sequence)
    {
        if (sequence.Span.EndLine >= _lines.Count)
            return -1;
        var text = _lines[sequence.Span.EndLine];
        for (var c = Math.Max(0, sequence.Span.EndColumn - 1); c < text.Length; c++)
        {
            if (text[c] == ']')
                return c;
            if (!char.IsWhiteSpace(text[c]) && c >= sequence.Span.EndColumn)
                return -1;
        }

        return -1;
    }

    /// <summary>Adds an item before the closing bracket of a flow sequence, right after its last item when that
    /// item is on the bracket's line.</summary>
    public void InsertIntoFlow(YamlSequence sequence, int close, string scalar)
    {
        var line = sequence.Span.EndLine;
        var text = _lines[line];
        var separator = sequence.Items.Count == 0 ? "" : ", ";
        var column = close;
        if (sequence.Items.Count > 0 && sequence.Items[^1].Span.EndLine == line)
            column = Math.Min(sequence.Items[^1].Span.EndColumn, close);
        _lines[line] = text[..column] + separator + scalar + text[column..];
        InsertedLine = line + 1;
    }
}
