namespace TrainingSim.Core.Reports;

/// <summary>Per scenario, per step, per rubric item figures over recorded attempts (<c>report --items</c>).</summary>
public sealed record ItemAnalysis(IReadOnlyList<ScenarioAnalysis> Scenarios);

/// <param name="AbandonedBeforeFirstReply">Abandoned attempts with no answered step (not attributed to any step).</param>
/// <param name="Versions">The scenario versions (file hashes) the attempts were played on, first played first.</param>
public sealed record ScenarioAnalysis(
    string ScenarioId,
    int Attempts,
    int Completed,
    int HungUp,
    int Abandoned,
    int AbandonedBeforeFirstReply,
    IReadOnlyList<VersionUse> Versions,
    IReadOnlyList<StepAnalysis> Steps);

public sealed record VersionUse(string Version, int Attempts, DateTimeOffset FirstPlayed, DateTimeOffset LastPlayed);

/// <param name="Reached">Attempts with at least one answer at this step.</param>
/// <param name="Answers">Answers given at this step (a step revisited in one attempt counts again).</param>
/// <param name="AverageScore">Mean step score of the answers, rounded; null when never answered.</param>
/// <param name="HungUp">Attempts where the customer hung up after the answer to this step.</param>
/// <param name="Abandoned">Abandoned attempts whose last answer was at this step.</param>
public sealed record StepAnalysis(
    string StepId,
    int Reached,
    int Answers,
    int? AverageScore,
    int HungUp,
    int Abandoned,
    IReadOnlyList<ItemTally> Items);

/// <param name="Matched">Answers where the item matched (a penalty item counts under <see cref="Penalized"/> instead).</param>
/// <param name="Missed">Answers where a positive item did not match.</param>
/// <param name="Penalized">Answers where a penalty item matched.</param>
public sealed record ItemTally(string ItemId, int Matched, int Missed, int Penalized);
