using System.Globalization;
using System.Text;
using Wcwidth;

namespace TrainingSim.Reports;

/// <summary>The one terminal-width rule of the CLI's tables and the text UI's layout: each user-perceived
/// character (grapheme) takes the columns its code points take by wcwidth, at most two, so an emoji with
/// VS16 or a ZWJ sequence is one glyph, a combining mark adds nothing, CJK takes two. This is how
/// Terminal.Gui 2.5 measures a string (held by a property test in the TUI tests), without the CLI's reports
/// depending on the UI toolkit.</summary>
public static class DisplayWidth
{
    public static int Of(string text)
    {
        var width = 0;
        var graphemes = StringInfo.GetTextElementEnumerator(text);
        while (graphemes.MoveNext())
            width += OfGrapheme(graphemes.GetTextElement());
        return width;
    }

    /// <summary>A lone code point: control characters take none.</summary>
    public static int Of(Rune rune) => Math.Max(0, UnicodeCalculator.GetWidth(rune.Value));

    private static int OfGrapheme(string grapheme)
    {
        var width = 0;
        foreach (var rune in grapheme.EnumerateRunes())
            width += Of(rune);
        return Math.Min(2, width);
    }
}
