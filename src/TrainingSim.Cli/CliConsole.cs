using System.Text;

namespace TrainingSim.Cli;

/// <summary>Where a run reads replies and writes output: the real console, or strings in tests.</summary>
/// <param name="In">Standard input (replies given as <c>-</c>), read a line at a time.</param>
/// <param name="Out">Standard output: results.</param>
/// <param name="Error">Standard error: one line per problem.</param>
public sealed record CliConsole(TextReader In, TextWriter Out, TextWriter Error)
{
    /// <summary>True when standard input is a terminal: passphrases are then read key by key without echo.</summary>
    public bool InputIsTerminal { get; init; }

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The process's own streams, UTF-8 both ways whatever the locale says.</summary>
    public static CliConsole FromSystemConsole()
    {
        Console.OutputEncoding = Utf8NoBom;
        // A reader over the raw stream: ReadLine returns as soon as a line has arrived on a pipe.
        var input = new StreamReader(Console.OpenStandardInput(), Utf8NoBom, detectEncodingFromByteOrderMarks: false);
        // Nothing from stored data or replies reaches the terminal raw (TerminalText).
        return new CliConsole(input, new TerminalWriter(Console.Out), new TerminalWriter(Console.Error))
        {
            InputIsTerminal = !Console.IsInputRedirected,
        };
    }
}
