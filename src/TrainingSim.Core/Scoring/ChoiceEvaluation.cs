using TrainingSim.Core.Conversations;
using TrainingSim.Core.Scenarios;

namespace TrainingSim.Core.Scoring;

/// <summary>How a choice scores on its choice step.</summary>
public sealed record ChoiceEvaluation : Evaluation
{
    public required ChoiceStep Step { get; init; }
    /// <summary>1-based.</summary>
    public required int Number { get; init; }
    public required Choice Choice { get; init; }
}
