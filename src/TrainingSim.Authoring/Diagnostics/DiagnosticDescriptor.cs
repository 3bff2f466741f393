using System.Globalization;
using System.Text;
using TrainingSim.Core.Diagnostics;

namespace TrainingSim.Authoring.Diagnostics;

/// <summary>One kind of author mistake: a stable code, its severity and a short title; its message template is the
/// code's in <see cref="DiagnosticText"/>. Every code is defined once, in <see cref="DiagnosticCodes"/>, and documented
/// once, in docs/diagnostics.md.</summary>
public sealed record DiagnosticDescriptor(string Code, Severity Severity, string Title)
{
    /// <summary>The English template the loader writes the message with.</summary>
    public string MessageFormat => DiagnosticText.English[Code];

    /// <summary>Longest quoted argument (an author's text echoed back) before it is cut with "…".</summary>
    public const int MaxArgumentLength = 200;

    /// <summary>The diagnostic with its message; text arguments are kept to one short line whatever the author wrote.</summary>
    public Diagnostic Create(string path, SourceSpan span, params object?[] args)
    {
        object?[] shown = [.. args.Select(a => a is string s ? OneLine(s) : a)];
        return new(path, span, Severity, Code, shown.Length == 0
            ? MessageFormat
            : string.Format(CultureInfo.InvariantCulture, MessageFormat, shown))
        {
            Arguments = shown,
        };
    }

    private static string OneLine(string text)
    {
        var builder = new StringBuilder(Math.Min(text.Length, MaxArgumentLength + 8));
        var count = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (count++ == MaxArgumentLength)
            {
                builder.Append('…');
                break;
            }

            if (rune.Value is '\n')
                builder.Append("\\n");
            else if (rune.Value is '\r')
                builder.Append("\\r");
            else if (rune.Value is '\t')
                builder.Append("\\t");
            else if (Rune.IsControl(rune) || rune.Value is 0x2028 or 0x2029)
                builder.Append(CultureInfo.InvariantCulture, $"\\u{rune.Value:X4}");
            else
                builder.Append(rune.ToString());
        }

        return builder.ToString();
    }
}
