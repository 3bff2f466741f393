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

    /// <summary>Wraps text into lines of at most <paramref name="width"/> columns, breaking at spaces
    /// for Latin words and anywhere between CJK characters; keeps explicit line breaks.</summary>
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
        var lastSpace = -1;
        var usedAtSpace = 0;
        foreach (var rune in paragraph.EnumerateRunes())
        {
            var rw = Width(rune);
            if (used + rw > width)
            {
                if (lastSpace > 0 && Rune.IsWhiteSpace(rune) is false && !IsWide(rune))
                {
                    var rest = line.ToString(lastSpace + 1, line.Length - lastSpace - 1);
                    lines.Add(line.ToString(0, lastSpace).TrimEnd());
                    line.Clear().Append(rest);
                    used -= usedAtSpace + 1;
                }
                else if (NoLineStart(rune) && line.Length > 1 && TakeLast(line) is { } carried)
                {
                    // Closing punctuation never starts a line: carry the last character down with it.
                    lines.Add(line.ToString().TrimEnd());
                    line.Clear().Append(carried.ToString());
                    used = Width(carried);
                }
                else
                {
                    lines.Add(line.ToString().TrimEnd());
                    line.Clear();
                    used = 0;
                }
                lastSpace = -1;
                if (Rune.IsWhiteSpace(rune) && line.Length == 0)
                    continue;
            }
            if (rune.Value == ' ')
            {
                lastSpace = line.Length;
                usedAtSpace = used;
            }
            line.Append(rune.ToString());
            used += rw;
        }
        lines.Add(line.ToString().TrimEnd());
    }

    private const string NoLineStartCharacters = "，。、；：？！）」』】》”’…,.;:?!)";

    private static bool NoLineStart(Rune rune) => rune.IsBmp && NoLineStartCharacters.Contains((char)rune.Value, StringComparison.Ordinal);

    /// <summary>Removes and returns the last rune of the line.</summary>
    private static Rune? TakeLast(StringBuilder line)
    {
        var length = char.IsLowSurrogate(line[^1]) && line.Length > 1 ? 2 : 1;
        var rune = Rune.GetRuneAt(line.ToString(line.Length - length, length), 0);
        line.Length -= length;
        return rune;
    }

    private static bool IsWide(Rune rune) => Width(rune) > 1 ||
        CharUnicodeInfo.GetUnicodeCategory(rune.Value) is UnicodeCategory.OtherPunctuation && rune.Value > 0x2E00;
}
