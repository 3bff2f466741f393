using TrainingSim.Core.Progress;

namespace TrainingSim.Core.Courses;

/// <summary>One scenario to play in a course plan: from day <see cref="FromDay"/> on, done by the end of day
/// <see cref="DueDay"/> (the same day for a plan by days; a week's first and last day for a plan by weeks).</summary>
public sealed record PlanEntry
{
    public required string ScenarioId { get; init; }
    public required PlayMode Mode { get; init; }
    public required PassRequirement Pass { get; init; }
    public required int FromDay { get; init; }
    public required int DueDay { get; init; }
    /// <summary>The module the entry came from, when the plan named a module rather than the scenario.</summary>
    public string? Module { get; init; }
}
