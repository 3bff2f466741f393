using TrainingSim.Core.Scoring;

namespace TrainingSim.Core.Conversations;

/// <summary>The scorecard of an attempt (finished or not). Scores are rounded halves away from zero.</summary>
public sealed record AttemptResult
{
    public required string ScenarioId { get; init; }
    /// <summary>An end step's outcome, <c>hung-up</c>, <c>abandoned</c>, or null while the call goes on.</summary>
    public string? Outcome { get; init; }
    public required bool Success { get; init; }
    public required int Score { get; init; }
    public required int Stars { get; init; }
    public required IReadOnlyDictionary<string, int> Skills { get; init; }
    public required int FinalMood { get; init; }
    public required bool BonusMatched { get; init; }
    public required IReadOnlyList<TurnResult> Turns { get; init; }
    public required IReadOnlyList<string> Path { get; init; }
    /// <summary>Why these stars: every level, reached or not, and what it needed.</summary>
    public StarRating? Rating { get; init; }
}
