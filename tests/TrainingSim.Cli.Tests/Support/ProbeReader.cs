namespace TrainingSim.Cli.Tests.Support;

/// <summary>Gives lines one at a time and notes what the output held when each line was asked for, so a
/// test can tell that a turn was written before the next reply was read.</summary>
public sealed class ProbeReader(IEnumerable<string> lines, Func<string> snapshot) : TextReader
{
    private readonly Queue<string> _lines = new(lines);

    public List<string> OutputAtEachRead { get; } = [];

    public override string? ReadLine()
    {
        OutputAtEachRead.Add(snapshot());
        return _lines.Count > 0 ? _lines.Dequeue() : null;
    }
}
