using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;
using TrainingSim.Tui.Text;

namespace TrainingSim.Tui.Widgets;

/// <summary>Read-only styled text wrapped by display width (CJK-aware). Either shows the top (scrolled
/// with <see cref="Scroll"/>) or, for a transcript, keeps the last lines in view.</summary>
internal sealed class TextBlock : View
{
    private Func<int, IReadOnlyList<StyledLine>> _source = _ => [];
    private int _top;
    private bool _pinnedToEnd = true;

    public TextBlock()
    {
        CanFocus = false;
    }

    /// <summary>Keep the newest lines in view (a transcript).</summary>
    public bool FollowEnd { get; init; }

    public void SetLines(IReadOnlyList<StyledLine> lines) => SetSource(_ => lines);

    /// <summary>Builds the lines for a given width (for side-by-side columns).</summary>
    public void SetSource(Func<int, IReadOnlyList<StyledLine>> source)
    {
        _source = source;
        _top = 0;
        _pinnedToEnd = true;
        SetNeedsDraw();
    }

    /// <summary>Moves the first shown row by <paramref name="rows"/> (negative is up).</summary>
    public void Scroll(int rows)
    {
        var total = Layout(Viewport.Width).Count;
        var last = Math.Max(0, total - Viewport.Height);
        _top = Math.Clamp(First(total) + rows, 0, last);
        _pinnedToEnd = FollowEnd && _top == last;
        SetNeedsDraw();
    }

    protected override bool OnDrawingContent(DrawContext? context)
    {
        var rows = Layout(Viewport.Width);
        var first = First(rows.Count);
        var normal = GetAttributeForRole(VisualRole.Normal);
        for (var y = 0; y < Viewport.Height && first + y < rows.Count; y++)
        {
            var (text, tone) = rows[first + y];
            SetAttribute(Palette.For(tone, normal));
            AddStr(0, y, text);
        }
        SetAttribute(normal);
        return true;
    }

    private int First(int total) =>
        FollowEnd && _pinnedToEnd ? Math.Max(0, total - Viewport.Height) : Math.Min(_top, Math.Max(0, total - Viewport.Height));

    private List<(string Text, Tone Tone)> Layout(int width)
    {
        var rows = new List<(string, Tone)>();
        if (width <= 0)
            return rows;
        foreach (var line in _source(width))
        {
            var indent = Math.Min(line.Indent, width / 2);
            var wrapped = Columns.Wrap(line.Text, width);
            if (indent > 0 && wrapped.Count > 1)
            {
                var firstRow = Columns.Wrap(line.Text, width)[0];
                var rest = line.Text[Math.Min(line.Text.Length, firstRow.Length)..].TrimStart();
                wrapped = [firstRow, .. Columns.Wrap(rest, width - indent).Select(r => new string(' ', indent) + r)];
            }
            rows.AddRange(wrapped.Select(r => (r, line.Tone)));
        }
        return rows;
    }
}
