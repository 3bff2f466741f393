using TrainingSim.Core.Scenarios;
using TrainingSim.Core.Scoring;

namespace TrainingSim.Core.Testing;

/// <summary>Scores the example replies written into free-text steps (<c>examples:</c>), each alone against its step
/// (no call, no mood, no time limit), in step order, good examples before bad ones.</summary>
public static class StepExampleRunner
{
    public static IReadOnlyList<StepExampleResult> Run(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return [.. scenario.Steps.Values.OfType<FreeTextStep>().SelectMany(step => Run(scenario, step))];
    }

    /// <summary>One step's examples, good before bad (the trainer's rubric preview shows them).</summary>
    public static IReadOnlyList<StepExampleResult> Run(Scenario scenario, FreeTextStep step)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(step);
        return
        [
            .. step.Examples.Good.Select((example, i) => Run(scenario, step, example, isGood: true, i + 1)),
            .. step.Examples.Bad.Select((example, i) => Run(scenario, step, example, isGood: false, i + 1)),
        ];
    }

    private static StepExampleResult Run(Scenario scenario, FreeTextStep step, StepExample example, bool isGood, int number)
    {
        var evaluation = ReplyScorer.Score(step, example.Reply);
        return new StepExampleResult(scenario, step, example, isGood, number, ScoreMath.Round(evaluation.Score), evaluation);
    }
}
