using System.Text;
using TrainingSim.Core.Progress;

namespace TrainingSim.Cli;

/// <summary>Turns an exception into one line on standard error and an exit code. Known failures (usage,
/// files that cannot be read) say what and where; anything else is a bug, still one line, asking for a
/// report — never a stack trace.</summary>
public static class ErrorReport
{
    public static int Write(Exception exception, TextWriter error, Messages text)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(text);
        var (line, code) = Describe(exception, text);
        error.WriteLine(OneLine(line));
        return code;
    }

    private static (string Line, int ExitCode) Describe(Exception exception, Messages text)
    {
        var error = text["Error"];
        return exception switch
        {
            CliException cli => ($"{cli.Location ?? "trainingsim"}: {error}: {cli.Message}", cli.ExitCode),
            ProgressStoreException store => ($"trainingsim: {error}: {store.Message}", store.WriteFailed ? ExitCodes.Problem : ExitCodes.Usage),
            FileNotFoundException notFound =>
                ($"{notFound.FileName ?? "trainingsim"}: {error}: {text["FileNotFound"]}", ExitCodes.Usage),
            DirectoryNotFoundException => ($"trainingsim: {error}: {exception.Message}", ExitCodes.Usage),
            DecoderFallbackException => ($"trainingsim: {error}: {text["NotUtf8"]}", ExitCodes.Usage),
            UnauthorizedAccessException or IOException => ($"trainingsim: {error}: {exception.Message}", ExitCodes.Usage),
            _ => ($"trainingsim: {text.Format("InternalError", exception.GetType().Name, exception.Message)}", ExitCodes.Bug),
        };
    }

    /// <summary>Control characters and line breaks from a message (a file's contents, say) would break the
    /// one-line rule or the terminal: they become spaces.</summary>
    public static string OneLine(string line)
    {
        var builder = new StringBuilder(line.Length);
        foreach (var c in line)
        {
            var printable = char.IsControl(c) ? ' ' : c;
            if (printable != ' ' || builder.Length == 0 || builder[^1] != ' ')
                builder.Append(printable);
        }

        return builder.ToString().TrimEnd();
    }
}
