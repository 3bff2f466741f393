using TrainingSim.Core.Conversations;
using TrainingSim.Core.Feedback;
using TrainingSim.Core.Progress;
using TrainingSim.Core.Scenarios;

namespace TrainingSim.Tui.Models;

/// <summary>The scorecard's state: the finished attempt's result, with the scenario for customer lines, model
/// answers and each turn's feedback, whether a next scenario exists, and what the call changed in the trainee's standing.</summary>
internal sealed class ScorecardModel(Scenario scenario, PlayMode mode, AttemptResult result, Scenario? next, ProgressNews? news = null)
{
    public ProgressNews News { get; } = news ?? ProgressNews.None;

    public Scenario Scenario { get; } = scenario;

    public PlayMode Mode { get; } = mode;

    public AttemptResult Result { get; } = result;

    public Scenario? Next { get; } = next;

    /// <summary>What the customer said at the turn's step.</summary>
    public string? CustomerLine(TurnResult turn) => Scenario.Steps.GetValueOrDefault(turn.StepId)?.Say;

    /// <summary>The turn's feedback, built as the call screen builds it.</summary>
    public TurnFeedback Feedback(TurnResult turn) => FeedbackBuilder.For(turn, Scenario.Steps.GetValueOrDefault(turn.StepId));

    /// <summary>The model answer of a free-text step, or the best choice's text for a choice step.</summary>
    public string? ModelAnswer(string stepId) => Scenario.Steps.GetValueOrDefault(stepId) switch
    {
        FreeTextStep free => free.Model,
        ChoiceStep choice => choice.Choices.MaxBy(c => c.Total)?.Text,
        _ => null,
    };
}
