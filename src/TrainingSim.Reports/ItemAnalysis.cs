namespace TrainingSim.Reports;

/// <summary>Per scenario, per step, per rubric item figures over recorded attempts (<c>report --items</c>).</summary>
public sealed record ItemAnalysis(IReadOnlyList<ScenarioAnalysis> Scenarios);

/// <param name="AbandonedBeforeFirstReply">Abandoned attempts with no answered step (not attributed to any step).</param>
/// <param name="Versions">The scenario versions (file hashes) the attempts were played on, first played first.</param>
/// <remarks>The score that stands counts: a staff override's where there is one (<see cref="Passed"/>,
/// <see cref="AverageScore"/>).</remarks>
public sealed record ScenarioAnalysis(
    string ScenarioId,
    int Attempts,
    int Completed,
    int HungUp,
    int Abandoned,
    int AbandonedBeforeFirstReply,
    IReadOnlyList<VersionUse> Versions,
    IReadOnlyList<StepAnalysis> Steps)
{
    /// <summary>Completed attempts with at least one star (the override's stars where overridden).</summary>
    public int Passed { get; init; }

    /// <summary>Mean score of the completed attempts, the override's where overridden; null when none completed.</summary>
    public int? AverageScore { get; init; }

    /// <summary>Attempts whose score staff overrode.</summary>
    public int Overridden { get; init; }

    /// <summary>How many attempts ended at each end step's outcome (<c>resolved</c>, <c>privacy-breach</c>…): with the
    /// scenario at hand every outcome of its end steps in file order, never reached ones at 0; outcomes known only from
    /// the records follow. <c>hung-up</c> and <c>abandoned</c> are counted in <see cref="HungUp"/> and <see cref="Abandoned"/>.</summary>
    public IReadOnlyList<OutcomeCount> Outcomes { get; init; } = [];
}

public sealed record OutcomeCount(string Outcome, int Attempts);

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
    IReadOnlyList<ItemTally> Items)
{
    /// <summary>For a choice step, how often each choice was picked (every choice of the scenario at hand, in file order;
    /// empty for a free-text step).</summary>
    public IReadOnlyList<ChoiceTally> Choices { get; init; } = [];
}

/// <param name="Number">The choice's 1-based number in the file's order (whatever order it was shown in).</param>
/// <param name="Text">The choice's text in the scenario at hand; null for a choice known only from the records.</param>
public sealed record ChoiceTally(int Number, string? Text, int Picks);

/// <param name="Matched">Answers where the item matched (a penalty item counts under <see cref="Penalized"/> instead).</param>
/// <param name="Missed">Answers where a positive item did not match.</param>
/// <param name="Penalized">Answers where a penalty item matched.</param>
/// <param name="MissedOverridden">Of <see cref="Missed"/>, the answers in attempts that staff overrode to a higher score than
/// the rubric's: the item missed what a person judged better (a sign its phrases are too narrow).</param>
public sealed record ItemTally(string ItemId, int Matched, int Missed, int Penalized, int MissedOverridden = 0);
