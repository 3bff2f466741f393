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
        var results = new List<StepExampleResult>();
        foreach (var step in scenario.Steps.Values.OfType<FreeTextStep>())
        {
            results.AddRange(step.Examples.Good.Select((example, i) => Run(scenario, step, example, isGood: true, i + 1)));
            results.AddRange(step.Examples.Bad.Select((example, i) => Run(scenario, step, example, isGood: false, i + 1)));
        }

        return results;
    }

    private static StepExampleResult Run(Scenario scenario, FreeTextStep step, StepExample example, bool isGood, int number)
    {
        var evaluation = ReplyScorer.Score(step, example.Reply);
        return new StepExampleResult(scenario, step, example, isGood, number, ScoreMath.Round(evaluation.Score), evaluation);
    }
}
