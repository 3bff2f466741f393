using TrainingSim.Core.Progress;
using TrainingSim.Core.Scenarios;
using TrainingSim.Core.Security;

namespace TrainingSim.Tui.Models;

/// <summary>The signed-in trainee's own recorded calls, newest first, read through a trainee's scope: nobody else's
/// attempt can be listed or opened from here.</summary>
internal sealed class PastCallsModel(Trainee trainee, IProgressStore store, IReadOnlyList<Scenario> scenarios)
{
    public ScopedProgress Progress { get; } = new(store, Session.ForTrainee(trainee.Name));

    public IReadOnlyList<Scenario> Scenarios { get; } = scenarios;

    public IReadOnlyList<AttemptRecord> Calls { get; private set; } = [];

    public void Reload() =>
        Calls = [.. Progress.Attempts(new AttemptQuery(Trainee: trainee.Name, WithTurns: false)).OrderByDescending(a => a.StartedAt)];

    /// <summary>The scenario's title as loaded now, or its id when it is no longer in the library.</summary>
    public string TitleOf(AttemptRecord call) => Scenarios.FirstOrDefault(s => s.Id == call.ScenarioId)?.Title ?? call.ScenarioId;
}
