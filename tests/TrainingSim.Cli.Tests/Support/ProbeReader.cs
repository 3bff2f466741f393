namespace TrainingSim.Cli.Tests.Support;

/// <summary>Gives lines one at a time and notes what the output held when each line was asked for, so a
/// test can tell that a turn was written before the next reply was read. (Read a character at a time, as
/// the reply reader does to bound a reply's length, or a line at a time.)</summary>
public sealed class ProbeReader(IEnumerable<string> lines, Func<string> snapshot) : TextReader
{
    private readonly Queue<string> _lines = new(lines);
    private string? _current;
    private int _position;

    public List<string> OutputAtEachRead { get; } = [];

    public override string? ReadLine()
    {
        OutputAtEachRead.Add(snapshot());
        return _lines.Count > 0 ? _lines.Dequeue() : null;
    }

    public override int Read()
    {
        if (_current is null)
        {
            _current = ReadLine() is { } line ? line + "\n" : null;
            _position = 0;
            if (_current is null)
                return -1;
        }

        var c = _current[_position++];
        if (_position == _current.Length)
            _current = null;
        return c;
    }
}
