using TrainingSim.Core.Progress;
using TrainingSim.Core.Scenarios;

namespace TrainingSim.Core.Review;

/// <summary>Re-scores every ended attempt of a scenario with the scenario as it now stands, and stores those whose
/// scoring changed (<see cref="Rescorer"/>), each in one write.</summary>
public static class RescoreRun
{
    public static (IReadOnlyList<RescoredAttempt> Rescored, int Unchanged) Run(
        IProgressStore store, IReviewStore review, Scenario scenario, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(review);
        ArgumentNullException.ThrowIfNull(scenario);
        var rescored = new List<RescoredAttempt>();
        var unchanged = 0;
        foreach (var attempt in store.Attempts(new AttemptQuery(ScenarioId: scenario.Id)))
        {
            if (Rescorer.Rescore(attempt, scenario, now) is not { } again)
            {
                unchanged++;
                continue;
            }

            review.StoreRescore(again);
            rescored.Add(new RescoredAttempt(attempt.Id, attempt.Trainee, attempt.ScenarioId, attempt.ScoredScore, again.ScoredScore));
        }

        return (rescored, unchanged);
    }

    /// <summary><see cref="Run(IProgressStore, IReviewStore, Scenario, DateTimeOffset)"/> for each scenario, as one outcome.</summary>
    public static ReviewOutcome Run(IProgressStore store, IReviewStore review, IEnumerable<Scenario> scenarios, DateTimeOffset now, string path = "", int line = 0)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        var rescored = new List<RescoredAttempt>();
        var unchanged = 0;
        foreach (var scenario in scenarios.DistinctBy(s => s.Id))
        {
            var (changed, same) = Run(store, review, scenario, now);
            rescored.AddRange(changed);
            unchanged += same;
        }

        return new ReviewOutcome(null, null, path, line, rescored, unchanged);
    }
}
