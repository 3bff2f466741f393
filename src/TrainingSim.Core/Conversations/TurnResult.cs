using TrainingSim.Core.Scenarios;

namespace TrainingSim.Core.Conversations;

/// <summary>What one answered step produced. <see cref="Score"/> is the unrounded step score 0..100.</summary>
public sealed record TurnResult
{
    /// <summary>0-based position in the attempt's turns.</summary>
    public required int Index { get; init; }
    public required string StepId { get; init; }
    /// <summary>The trainee's text, or the chosen choice's text.</summary>
    public required string Reply { get; init; }
    /// <summary>1-based choice number for a choice step.</summary>
    public int? Choice { get; init; }
    public TimeSpan? Elapsed { get; init; }
    public bool OverTime { get; init; }
    public IReadOnlyList<ItemMatch> Matched { get; init; } = [];
    /// <summary>Positive items (bonus included) that did not match.</summary>
    public IReadOnlyList<RubricItem> Missed { get; init; } = [];
    /// <summary>Penalty items that matched.</summary>
    public IReadOnlyList<ItemMatch> Penalties { get; init; } = [];
    /// <summary>What the turn adds to the attempt's sums: the clamped net in format 1; in format 2 it may be
    /// negative (a penalty carries across the call). The shown step score is <see cref="Score"/>.</summary>
    public required int Net { get; init; }
    public required int Maximum { get; init; }
    public required double Score { get; init; }
    public IReadOnlyDictionary<string, SkillTally> Skills { get; init; } = new Dictionary<string, SkillTally>();
    public required int MoodAfter { get; init; }
    /// <summary>The step entered next (an end step included), or null when the customer hung up.</summary>
    public string? NextStepId { get; init; }
    public bool HungUp { get; init; }
    /// <summary>Practice mode: hints were revealed on this turn, so bonus items earned nothing.</summary>
    public bool HintUsed { get; init; }
    /// <summary>A bonus item matched and earned its points on this turn.</summary>
    public bool BonusMatched { get; init; }
    /// <summary>Points lost for answering after <c>reply_seconds</c>.</summary>
    public int OverTimeLoss { get; init; }
    /// <summary>Format 2: items found but not counted, and why.</summary>
    public IReadOnlyList<DiscountedMatch> Discounted { get; init; } = [];
    /// <summary>Format 2: the length rule's penalty, when the reply was over its limit.</summary>
    public LengthPenalty? Length { get; init; }
    /// <summary>Items a regex time-out kept from matching (scored as not said).</summary>
    public IReadOnlyList<RubricItem> TimedOut { get; init; } = [];
}
