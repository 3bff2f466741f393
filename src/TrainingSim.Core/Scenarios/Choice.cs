namespace TrainingSim.Core.Scenarios;

public sealed record Choice
{
    public required string Text { get; init; }
    /// <summary>Skill id → points, in file order.</summary>
    public IReadOnlyDictionary<string, int> Points { get; init; } = new Dictionary<string, int>();
    public string? Hint { get; init; }
    public int Mood { get; init; }
    public required string Goto { get; init; }

    public int Total => Points.Values.Sum();
}
