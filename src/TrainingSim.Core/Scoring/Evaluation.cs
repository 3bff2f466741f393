using TrainingSim.Core.Conversations;

namespace TrainingSim.Core.Scoring;

/// <summary>What one answer (a typed reply or a picked choice) scores on its step: the part a turn records for either.</summary>
public abstract record Evaluation
{
    public required int Net { get; init; }
    /// <summary>The step's maximum: the positive non-bonus items (free text) or the best choice's total (never below 0).</summary>
    public required int Maximum { get; init; }
    /// <summary>Unrounded 0..100.</summary>
    public required double Score { get; init; }
    /// <summary>Change of mood the answer causes from its score, before any over-time loss.</summary>
    public required int MoodChange { get; init; }
    /// <summary>Points lost for answering after <c>reply_seconds</c> (0 when in time).</summary>
    public required int OverTimeLoss { get; init; }
    /// <summary>Net and maximum per skill (over-time loss not included).</summary>
    public required IReadOnlyDictionary<string, SkillTally> Skills { get; init; }
    public bool OverTime { get; init; }
    /// <summary>What this step adds to the attempt's sums: <see cref="Net"/> in format 1; in format 2 the unclamped
    /// points less the over-time loss (a penalty carries across the call).</summary>
    public int Counted { get; init; }
}
