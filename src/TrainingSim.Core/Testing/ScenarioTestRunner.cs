using TrainingSim.Core.Calls;
using TrainingSim.Core.Conversations;
using TrainingSim.Core.Scenarios;

namespace TrainingSim.Core.Testing;

/// <summary>Plays the tests written inside a scenario (<c>tests:</c>) and reports what differed.</summary>
/// <remarks>Replies are given in order: text for a free-text step, a 1-based number for a choice step. When
/// the replies run out before an end step the call is abandoned. A reply that is not a valid number on a
/// choice step stops the test with that difference alone (the rest would only follow from it). Replies
/// left over after the call ended are a difference too: the test does not play what its author meant.</remarks>
public static class ScenarioTestRunner
{
    public static IReadOnlyList<ScenarioTestResult> Run(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return [.. scenario.Tests.Select(test => Run(scenario, test))];
    }

    public static ScenarioTestResult Run(Scenario scenario, ScenarioTest test)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(test);
        var call = CallSession.Start(scenario);
        var used = 0;
        while (!call.IsOver && used < test.Replies.Count)
        {
            var reply = test.Replies[used];
            used++;
            if (!call.TryAnswer(reply, out _))
            {
                var choice = (ChoiceStep)call.CurrentStep;
                call.Abandon();
                var message =
                    $"reply {used} is '{reply}' but step {choice.Id} is a choice step: give a number 1..{choice.Choices.Count}";
                return new ScenarioTestResult(scenario, test, [message], call.Result());
            }
        }

        call.Abandon();
        var result = call.Result();
        var differences = Compare(test.Expect, result);
        if (used < test.Replies.Count)
        {
            var left = test.Replies.Count - used;
            differences.Insert(0,
                $"replies: {left} left over after the call ended at step {result.Path[^1]} (outcome {result.Outcome}) after reply {used}");
        }

        return new ScenarioTestResult(scenario, test, differences, result);
    }

    private static List<string> Compare(TestExpectation expect, AttemptResult result)
    {
        var differences = new List<string>();
        if (expect.Outcome is { } outcome && outcome != result.Outcome)
            differences.Add($"outcome: expected {outcome}, got {result.Outcome}");
        if (expect.ScoreAtLeast is { } least && result.Score < least)
            differences.Add($"score: expected at least {least}, got {result.Score}");
        if (expect.ScoreAtMost is { } most && result.Score > most)
            differences.Add($"score: expected at most {most}, got {result.Score}");
        if (expect.Stars is { } stars && stars != result.Stars)
        {
            var why = result.Rating is { } rating && stars > result.Stars ? $"; {rating.WhyNotMore()}" : "";
            differences.Add($"stars: expected {stars}, got {result.Stars} (score {result.Score}{why})");
        }

        if (expect.Path is { } path && !path.SequenceEqual(result.Path, StringComparer.Ordinal))
            differences.Add($"path: expected [{string.Join(", ", path)}], got [{string.Join(", ", result.Path)}]");
        return differences;
    }
}
