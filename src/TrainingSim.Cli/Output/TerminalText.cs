using System.Text;

namespace TrainingSim.Cli;

/// <summary>The one rule for text that reaches the terminal from stored data, replies or files: control and
/// escape characters are shown as symbols (␛ for ESC, ␇ for BEL, …), never written raw, so a name or a reply
/// cannot retitle the window, move the cursor or type into the input (<c>\e]0;…\a</c>, <c>\e[6n</c>). Line
/// breaks are kept. The text UI does the same on its screens.</summary>
public static class TerminalText
{
    public static string Safe(string? text)
    {
        if (string.IsNullOrEmpty(text) || !text.Any(NeedsSymbol))
            return text ?? string.Empty;
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
            builder.Append(NeedsSymbol(c) ? Symbol(c) : c);
        return builder.ToString();
    }

    public static bool NeedsSymbol(char c) => c != '\n' && (char.IsControl(c) || c is '\u2028' or '\u2029');

    /// <summary>C0 controls as the Unicode control pictures (U+2400…), DEL as ␡, anything else (C1 controls
    /// such as the one-byte CSI) as the replacement character.</summary>
    private static char Symbol(char c) => c switch
    {
        < ' ' => (char)(0x2400 + c),
        '\u007f' => '\u2421',
        _ => '\uFFFD',
    };
}

/// <summary>Standard output and error of the real console, every character through <see cref="TerminalText.Safe"/>.</summary>
public sealed class TerminalWriter(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override IFormatProvider FormatProvider => inner.FormatProvider;

    public override void Write(char value)
    {
        if (TerminalText.NeedsSymbol(value) && value != '\r')
            inner.Write(TerminalText.Safe(value.ToString()));
        else
            inner.Write(value);
    }

    public override void Write(string? value) => inner.Write(SafeKeepingNewLines(value));

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void WriteLine() => inner.WriteLine();

    public override void WriteLine(string? value) => inner.WriteLine(SafeKeepingNewLines(value));

    public override void Flush() => inner.Flush();

    /// <summary>A carriage return is kept only as part of a CR LF line end.</summary>
    private static string SafeKeepingNewLines(string? value)
    {
        if (value is null || !value.Contains('\r', StringComparison.Ordinal))
            return TerminalText.Safe(value);
        return string.Join("\r\n", value.Split("\r\n").Select(TerminalText.Safe));
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            inner.Flush();
        base.Dispose(disposing);
    }
}
