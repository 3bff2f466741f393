using System.Text;
using System.Text.RegularExpressions;

namespace TrainingSim.Tui.Text;

/// <summary>Text written in a YAML block (<c>brief: |</c>) keeps the writer's line breaks, which wrapped at another
/// width leave ragged half lines. <see cref="Flow"/> joins a paragraph's lines; a blank line still ends a paragraph,
/// and a line that starts a list item (<c>- </c>, <c>1.</c>, <c>（1）</c>, <c>•</c>) still starts its own line.</summary>
internal static partial class Prose
{
    public static string Flow(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var flowed = new StringBuilder();
        var previousBlank = true;
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                if (!previousBlank)
                    flowed.Append("\n\n");
                previousBlank = true;
                continue;
            }
            if (!previousBlank)
            {
                if (ListItem().IsMatch(line))
                    flowed.Append('\n');
                else if (NeedsSpace(flowed[^1], line[0]))
                    flowed.Append(' ');
            }
            flowed.Append(line);
            previousBlank = false;
        }
        return flowed.ToString().Trim('\n');
    }

    /// <summary>Latin words and numbers on both sides of the break are kept apart; CJK text closes up.</summary>
    private static bool NeedsSpace(char before, char after) =>
        Columns.Width(before.ToString()) == 1 || Columns.Width(after.ToString()) == 1;

    [GeneratedRegex(@"^([-*•·]\s|\d+[.、)）]|[（(]\d+[)）])")]
    private static partial Regex ListItem();
}
