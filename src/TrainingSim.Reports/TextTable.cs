using System.Text;

namespace TrainingSim.Reports;

/// <summary>A plain-text table whose columns line up on a terminal, CJK double-width text included.
/// Numeric columns are right-aligned; lines carry no trailing spaces.</summary>
public sealed class TextTable
{
    private const string Gap = "  ";
    private readonly string[] _headers;
    private readonly bool[] _rightAligned;
    private readonly List<string[]> _rows = [];

    public TextTable(IReadOnlyList<string> headers, IReadOnlyList<bool>? rightAligned = null)
    {
        _headers = [.. headers];
        _rightAligned = rightAligned is null ? new bool[headers.Count] : [.. rightAligned];
        if (_rightAligned.Length != _headers.Length)
            throw new ArgumentException("One alignment per column.", nameof(rightAligned));
    }

    public void AddRow(params string[] cells)
    {
        if (cells.Length != _headers.Length)
            throw new ArgumentException($"Expected {_headers.Length} cells, got {cells.Length}.", nameof(cells));
        _rows.Add(cells);
    }

    public override string ToString()
    {
        var widths = new int[_headers.Length];
        foreach (var row in _rows.Prepend(_headers))
        {
            for (var i = 0; i < row.Length; i++)
                widths[i] = Math.Max(widths[i], DisplayWidth.Of(row[i]));
        }

        var text = new StringBuilder();
        AppendRow(text, _headers, widths);
        AppendRow(text, [.. widths.Select(w => new string('-', w))], widths);
        foreach (var row in _rows)
            AppendRow(text, row, widths);
        return text.ToString();
    }

    private void AppendRow(StringBuilder text, string[] cells, int[] widths)
    {
        var line = new StringBuilder();
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
                line.Append(Gap);
            var padding = new string(' ', widths[i] - DisplayWidth.Of(cells[i]));
            if (_rightAligned[i])
                line.Append(padding).Append(cells[i]);
            else
                line.Append(cells[i]).Append(padding);
        }

        text.Append(line.ToString().TrimEnd(' ')).Append('\n');
    }
}
