using System.Text;
using TrainingSim.Core.Progress;

namespace TrainingSim.Cli.Play;

/// <summary>Reads replies one line at a time as they arrive, never to the end first (standard input may be
/// a pipe that stays open). Blank lines and lines starting with <c>#</c> are skipped. A line longer than
/// <see cref="ReplyLimit.MaxCharacters"/> is refused as soon as the limit is passed (no more of it is read).</summary>
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
            return BoundedLine();
        }
        catch (DecoderFallbackException)
        {
            throw new CliException(text?["NotUtf8"] ?? "the input is not UTF-8 text", ExitCodes.Usage, SourceName);
        }
    }

    private string? BoundedLine()
    {
        var line = new StringBuilder();
        while (true)
        {
            var c = reader.Read();
            if (c < 0 && line.Length == 0)
                return null;
            if (c < 0 || c == '\n')
                return Checked(line.ToString().TrimEnd('\r'));
            line.Append((char)c);
            if (line.Length > ReplyLimit.MaxCharacters + 1)
                throw TooLong();
        }
    }

    private string Checked(string line) => line.Trim().Length > ReplyLimit.MaxCharacters ? throw TooLong() : line;

    private CliException TooLong() => new(
        text?.Format("ReplyTooLong", ReplyLimit.MaxCharacters) ?? $"a reply is longer than {ReplyLimit.MaxCharacters} characters",
        ExitCodes.Usage, $"{SourceName}:{_line + 1}:1");

    /// <summary><c>path:line:column</c> of a reply, for one-line error messages.</summary>
    public string Location(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return $"{SourceName}:{reply.Line}:1";
    }
}
