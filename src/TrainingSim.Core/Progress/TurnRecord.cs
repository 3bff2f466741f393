namespace TrainingSim.Core.Progress;

/// <summary>One answered step as stored, the moment it is answered.</summary>
public sealed record TurnRecord
{
    public required int Index { get; init; }
    public required string StepId { get; init; }
    public required string Reply { get; init; }
    public int? Choice { get; init; }
    public double? SecondsTaken { get; init; }
    public bool OverTime { get; init; }
    public IReadOnlyList<string> Matched { get; init; } = [];
    public IReadOnlyList<string> Missed { get; init; } = [];
    public IReadOnlyList<string> Penalties { get; init; } = [];
    public bool HintUsed { get; init; }
    /// <summary>Rounded step score 0..100.</summary>
    public required int Score { get; init; }
    public required int Net { get; init; }
    public required int Maximum { get; init; }
    /// <summary>Skill id → (net, maximum) of this step, so an unfinished attempt can still be scored.</summary>
    public IReadOnlyDictionary<string, int[]> Skills { get; init; } = new Dictionary<string, int[]>();
    public required int MoodAfter { get; init; }
    public DateTimeOffset AnsweredAt { get; init; }
}
