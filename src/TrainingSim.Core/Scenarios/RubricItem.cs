namespace TrainingSim.Core.Scenarios;

public enum MatchMode
{
    /// <summary>Matched when at least one phrase occurs.</summary>
    Any,
    /// <summary>Matched when every phrase occurs.</summary>
    All,
}

/// <summary>A rubric item. House items carry ids prefixed <c>house.</c>.</summary>
public sealed record RubricItem
{
    public required string Id { get; init; }
    public required string Skill { get; init; }
    /// <summary>Non-zero; negative is a penalty when matched.</summary>
    public required int Points { get; init; }
    public MatchMode Mode { get; init; } = MatchMode.Any;
    public required IReadOnlyList<Phrase> Phrases { get; init; }
    public string? Hint { get; init; }
    public bool Bonus { get; init; }
    public bool FromHouseRubric { get; init; }
    /// <summary>Format 2: the item does not count (earned or hit) when one of these phrases is said too.</summary>
    public IReadOnlyList<Phrase> Unless { get; init; } = [];
    /// <summary>Format 2: a length item, earned by a reply of at most this many tokens that earns another
    /// required item (多听少说); such an item has no phrases.</summary>
    public int? MaxTokens { get; init; }
    /// <summary>Format 2: false for a form of address (您, 你) that counts even inside a negation (我不能帮您查).</summary>
    public bool Negatable { get; init; } = true;

    public bool IsPenalty => Points < 0;
}
