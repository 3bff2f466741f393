using TrainingSim.Core.Diagnostics;

namespace TrainingSim.Authoring.Yaml;

/// <summary>Turns YamlDotNet's syntax messages into what a trainer can act on: the usual causes, and a better place
/// where the parser's own is poor (tabs are reported at the start of the file).</summary>
internal static class YamlErrorHints
{
    public static (string Message, SourceSpan Span) Explain(string message, SourceSpan span, string text)
    {
        if (message.Contains("tab", StringComparison.OrdinalIgnoreCase))
        {
            var tab = FirstIndentingTab(text);
            if (tab is { } place)
                return ("a tab is used for indentation: indent with spaces only", place);
        }

        var at = CharAt(text, span);
        if (message.Contains("cannot start any token", StringComparison.Ordinal) && at is '@' or '`' or '%')
            return ($"a value cannot start with '{at}' unless it is quoted: write it in double quotes, for example \"@apology\"", span);
        if (message.Contains("quoted scalar", StringComparison.Ordinal) && message.Contains("end of stream", StringComparison.Ordinal))
            return ("the quote opened here is never closed", span);
        if (message.Contains("quoted scalar", StringComparison.Ordinal))
            return (message + " Check that the quote opened here is closed on the same line.", span);
        if (message.Contains("found invalid mapping", StringComparison.Ordinal))
            return (message + " Text containing `: ` must be quoted, or this line is indented too far.", span);
        if (message.Contains("did not find expected key", StringComparison.Ordinal)
            || message.Contains("did not find expected '-' indicator", StringComparison.Ordinal))
            return (message + " Check the indentation of this line against the lines above.", span);
        return (message, span);
    }

    private static SourceSpan? FirstIndentingTab(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var indent = line.Length - line.TrimStart(' ', '\t').Length;
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab >= 0 && tab < indent)
                return SourceSpan.At(i, tab);
        }

        return null;
    }

    private static char? CharAt(string text, SourceSpan span)
    {
        var lines = text.Split('\n');
        if (span.Line >= lines.Length || span.Column >= lines[span.Line].Length)
            return null;
        return lines[span.Line][span.Column];
    }
}
