using System.Text;

namespace TrainingSim.Cli.Play;

/// <summary>Reads replies one line at a time as they arrive, never to the end first (standard input may be
/// a pipe that stays open). Blank lines and lines starting with <c>#</c> are skipped.</summary>
public sealed class ReplyReader(TextReader reader, string sourceName, Messages? text = null)
{
    private int _line;

    /// <summary>The name for messages: the file as given, or <c>&lt;stdin&gt;</c>.</summary>
    public string SourceName { get; } = sourceName;

    /// <summary>The next reply, or null when the input has ended.</summary>
    public Reply? Next()
    {
        while (ReadLine() is { } line)
        {
            _line++;
            var text = line.Trim();
            if (text.Length == 0 || text.StartsWith('#'))
                continue;
            return new Reply(text, _line);
        }

        return null;
    }

    private string? ReadLine()
    {
        try
        {
            return reader.ReadLine();
        }
        catch (DecoderFallbackException)
        {
            throw new CliException(text?["NotUtf8"] ?? "the input is not UTF-8 text", ExitCodes.Usage, SourceName);
        }
    }

    /// <summary><c>path:line:column</c> of a reply, for one-line error messages.</summary>
    public string Location(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return $"{SourceName}:{reply.Line}:1";
    }
}
