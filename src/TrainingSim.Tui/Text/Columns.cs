using System.Globalization;
using System.Text;
using TrainingSim.Reports;

namespace TrainingSim.Tui.Text;

/// <summary>Fitting and wrapping text to terminal cells, measured by the one width rule (<see cref="DisplayWidth"/>)
/// the CLI's tables use too.</summary>
internal static class Columns
{
    public static int Width(string text) => DisplayWidth.Of(text);

    public static int Width(Rune rune) => DisplayWidth.Of(rune);

    /// <summary>Pads with spaces to exactly <paramref name="width"/> columns, truncating with … if longer.</summary>
    public static string Fit(string text, int width)
    {
        if (width <= 0)
            return "";
        var w = Width(text);
        if (w <= width)
            return text + new string(' ', width - w);
        var builder = new StringBuilder();
        var used = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var rw = Width(rune);
            if (used + rw > width - 1)
                break;
            builder.Append(rune.ToString());
            used += rw;
        }
        builder.Append('…');
        used++;
        return builder.Append(' ', Math.Max(0, width - used)).ToString();
    }

    /// <summary>A table cell of exactly <paramref name="width"/> columns that always ends in a space, so that a cut
    /// text never runs into the next column (泄露客户信… 16, not 泄露客户信…16).</summary>
    public static string Cell(string text, int width) => width <= 1 ? Fit(text, width) : Fit(text, width - 1) + " ";

    /// <summary>The text itself when it fits in <paramref name="width"/> columns, else cut with … (no padding).</summary>
    public static string Shorten(string text, int width) => Width(text) <= width ? text : Fit(text, width).TrimEnd(' ');

    /// <summary>Wraps text into lines of at most <paramref name="width"/> columns; keeps explicit line breaks.
    /// Breaks at spaces and between CJK characters, never inside a Latin word or number (手机营业厅 / App, not
    /// 手机营业厅Ap / p), never before closing punctuation nor after opening punctuation. A word wider than the
    /// line is cut where it must be.</summary>
    public static IReadOnlyList<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        width = Math.Max(1, width);
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
            WrapParagraph(paragraph, width, lines);
        return lines;
    }

    private static void WrapParagraph(string paragraph, int width, List<string> lines)
    {
        var line = new StringBuilder();
        var used = 0;
        var first = true;
        foreach (var (piece, gap) in Unbreakable(paragraph))
        {
            var pieceWidth = Width(piece);
            // The spaces before a piece are kept inside a line (and at the paragraph's start), dropped at a break.
            var gapWidth = line.Length > 0 || first ? gap.Length : 0;
            if (line.Length > 0 && used + gapWidth + pieceWidth > width)
            {
                lines.Add(line.ToString());
                line.Clear();
                used = 0;
                gapWidth = 0;
            }
            first = false;
            if (gapWidth > 0 && gapWidth < width)
            {
                line.Append(gap);
                used += gapWidth;
            }
            foreach (var rune in piece.EnumerateRunes())
            {
                // Only a piece wider than the whole line is cut inside.
                var rw = Width(rune);
                if (used + rw > width && line.Length > 0)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                    used = 0;
                }
                line.Append(rune.ToString());
                used += rw;
            }
        }
        lines.Add(line.ToString());
    }

    /// <summary>The paragraph as pieces a line may not break inside, each with the spaces before it: a Latin word
    /// or number, or one CJK character, with the punctuation that must stay beside it.</summary>
    private static List<(string Piece, string Gap)> Unbreakable(string paragraph)
    {
        var pieces = new List<(string Piece, string Gap)>();
        var current = new StringBuilder();
        var gap = new StringBuilder();
        var joinNext = false;
        Rune? previous = null;
        foreach (var rune in paragraph.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune))
            {
                Flush();
                gap.Append(' ');
                joinNext = false;
                previous = null;
                continue;
            }
            if (current.Length > 0 && !joinNext && !NoLineStart(rune) && (IsWide(rune) || previous is { } p && IsWide(p)))
                Flush();
            current.Append(rune.ToString());
            joinNext = NoLineEnd(rune);
            previous = rune;
        }
        Flush();
        return pieces;

        void Flush()
        {
            if (current.Length == 0)
                return;
            pieces.Add((current.ToString(), gap.ToString()));
            current.Clear();
            gap.Clear();
        }
    }

    private const string NoLineStartCharacters = "，。、；：？！）」』】》〉”’…,.;:?!)]}%";

    private const string NoLineEndCharacters = "（「『【《〈“‘([{";

    private static bool NoLineStart(Rune rune) => rune.IsBmp && NoLineStartCharacters.Contains((char)rune.Value, StringComparison.Ordinal);

    private static bool NoLineEnd(Rune rune) => rune.IsBmp && NoLineEndCharacters.Contains((char)rune.Value, StringComparison.Ordinal);

    private static bool IsWide(Rune rune) => Width(rune) > 1 ||
        CharUnicodeInfo.GetUnicodeCategory(rune.Value) is UnicodeCategory.OtherPunctuation && rune.Value > 0x2E00;
}
