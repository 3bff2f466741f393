using TrainingSim.Core.Content;
using TrainingSim.Core.Conversations;
using TrainingSim.Core.Progress;
using TrainingSim.Core.Scenarios;

namespace TrainingSim.Tui.Models;

/// <summary>The scorecard's state: the finished attempt's result, with the scenario for model answers
/// and skill names, and whether a next scenario exists.</summary>
internal sealed class ScorecardModel(Scenario scenario, PlayMode mode, AttemptResult result, TrainingContent content, string language, Scenario? next)
{
    public Scenario Scenario { get; } = scenario;

    public PlayMode Mode { get; } = mode;

    public AttemptResult Result { get; } = result;

    public Scenario? Next { get; } = next;

    public string SkillName(string skillId) =>
        content.Skills.TryGetValue(skillId, out var skill) ? skill.NameIn(language) : skillId;

    /// <summary>The outcome's display name from the content's <c>outcomes.yaml</c>, or null when it does not name it.</summary>
    public string? OutcomeName(string outcomeId) =>
        content.Outcomes.TryGetValue(outcomeId, out var outcome) ? outcome.NameIn(language) : null;

    /// <summary>The model answer of a free-text step, or the best choice's text for a choice step.</summary>
    public string? ModelAnswer(string stepId) => Scenario.Steps.GetValueOrDefault(stepId) switch
    {
        FreeTextStep free => free.Model,
        ChoiceStep choice => choice.Choices.MaxBy(c => c.Total)?.Text,
        _ => null,
    };
}
