using TrainingSim.Core.Conversations;
using TrainingSim.Core.Scenarios;

namespace TrainingSim.Core.Scoring;

/// <summary>How a choice scores on its choice step.</summary>
public sealed record ChoiceEvaluation
{
    public required ChoiceStep Step { get; init; }
    /// <summary>1-based.</summary>
    public required int Number { get; init; }
    public required Choice Choice { get; init; }
    public required int Net { get; init; }
    /// <summary>The best choice's total (never below 0).</summary>
    public required int Maximum { get; init; }
    /// <summary>Unrounded 0..100.</summary>
    public required double Score { get; init; }
    public required int MoodChange { get; init; }
    public required int OverTimeLoss { get; init; }
    public required IReadOnlyDictionary<string, SkillTally> Skills { get; init; }
    public bool OverTime { get; init; }
    /// <summary>What this step adds to the attempt's sums (see <see cref="StepEvaluation.Counted"/>).</summary>
    public int Counted { get; init; }
}
