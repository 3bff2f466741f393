using TrainingSim.Core.Drill;
using TrainingSim.Core.Progress;
using TrainingSim.Core.Scenarios;

namespace TrainingSim.Tui.Models;

/// <summary>The home screen's weak-skill drill: the plan from the trainee's attempts (<see cref="DrillPlanner"/>),
/// planned again whenever home is shown.</summary>
internal sealed class DrillPanelModel(Trainee trainee, IReadOnlyList<Scenario> scenarios, IProgressStore store, TimeProvider clock)
{
    public DrillPlan Plan { get; private set; } = new([], null, []);

    public void Reload() => Plan = DrillPlanner.ForTrainee(store, trainee, scenarios, clock);

    /// <summary>The scenario F5 plays: the first of the queue, or null when there is no plan.</summary>
    public Scenario? Next => Plan.Queue.Count > 0 ? Plan.Queue[0].Scenario : null;
}
