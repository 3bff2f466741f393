using TrainingSim.Core.Conversations;
using TrainingSim.Core.Scenarios;

namespace TrainingSim.Core.Testing;

/// <summary>The outcome of one test inside a scenario: passed, or the human-readable differences
/// (e.g. <c>outcome: expected resolved, got hung-up</c>).</summary>
public sealed record ScenarioTestResult(
    Scenario Scenario,
    ScenarioTest Test,
    IReadOnlyList<string> Differences,
    AttemptResult Result)
{
    public bool Passed => Differences.Count == 0;
}
