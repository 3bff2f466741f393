using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace TrainingSim.Authoring.Editing;

/// <summary>A text as a YAML scalar that reads back as exactly that text: plain when nothing in it could be read
/// otherwise (an indicator, a comment, a number, a flow character inside a flow list), else single-quoted, else
/// double-quoted with escapes (line breaks, control characters).</summary>
internal static partial class YamlQuoting
{
    public static string Scalar(string text, bool inFlow)
    {
        if (NeedsEscapes(text))
            return DoubleQuoted(text);
        if (CanBePlain(text, inFlow))
            return text;
        return "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
    }

    private static bool NeedsEscapes(string text) =>
        text.Any(c => char.IsControl(c) || c is '\u0085' or '\u2028' or '\u2029' or '\uFEFF');

    private static bool CanBePlain(string text, bool inFlow)
    {
        if (text.Length == 0 || char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
            return false;
        if ("-?:,[]{}#&*!|>'\"%@`".Contains(text[0], StringComparison.Ordinal))
            return false;
        if (text.Contains(": ", StringComparison.Ordinal) || text.Contains(" #", StringComparison.Ordinal) || text.EndsWith(':'))
            return false;
        if (inFlow && text.AsSpan().IndexOfAny(",[]{}") >= 0)
            return false;
        return !Typed().IsMatch(text);
    }

    private static string DoubleQuoted(string text)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                '\r' => "\\r",
                _ when char.IsControl(c) || c is '\u0085' or '\u2028' or '\u2029' or '\uFEFF' =>
                    "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return sb.Append('"').ToString();
    }

    /// <summary>What the YAML 1.2 core schema would read as null, a bool or a number.</summary>
    [GeneratedRegex(@"^(~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|0x[0-9a-fA-F]+|0o[0-7]+|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$")]
    private static partial Regex Typed();
}
