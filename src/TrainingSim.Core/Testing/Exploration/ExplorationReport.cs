namespace TrainingSim.Core.Testing.Exploration;

/// <summary>What <see cref="ScriptExplorer"/> found playing one scenario <see cref="Calls"/> times on random paths.</summary>
/// <param name="Steps">Every step, in file order.</param>
/// <param name="Items">Every rubric item of every free-text step (house items included), in file order.</param>
/// <param name="Outcomes">Outcome → calls that ended with it, most frequent first (ties by id).</param>
public sealed record ScenarioCoverage(
    string ScenarioId,
    string SourcePath,
    int Calls,
    IReadOnlyList<StepCoverage> Steps,
    IReadOnlyList<ItemCoverage> Items,
    IReadOnlyList<KeyValuePair<string, int>> Outcomes,
    IReadOnlyList<ExplorationProblem> Problems)
{
    public IReadOnlyList<StepCoverage> NeverReached => [.. Steps.Where(s => s.Reached == 0)];

    /// <summary>Positive items (bonus included) that no reply earned; penalties are not expected to be hit.</summary>
    public IReadOnlyList<ItemCoverage> NeverEarned => [.. Items.Where(i => !i.IsPenalty && i.Earned == 0)];

    public int ReachedPercent => Percent(Steps.Count(s => s.Reached > 0), Steps.Count);

    public int EarnedPercent => Percent(Items.Count(i => !i.IsPenalty && i.Earned > 0), Items.Count(i => !i.IsPenalty));

    private static int Percent(int part, int whole) => whole == 0 ? 100 : (int)Math.Floor(100.0 * part / whole);
}

/// <param name="Reached">Calls that entered the step (once per call however often it was entered).</param>
public sealed record StepCoverage(string StepId, int Line, int Column, int Reached);

/// <param name="IsHouse">The item came from the house rubric (merged into every step).</param>
/// <param name="Answers">Replies given to the item's step, over all calls.</param>
/// <param name="Earned">Of those, the replies that matched the item (for a penalty: that triggered it).</param>
public sealed record ItemCoverage(string StepId, string ItemId, string Skill, bool IsPenalty, bool IsHouse, int Answers, int Earned);

public enum ExplorationProblemKind
{
    /// <summary>The call went on past the step budget without ending: the script loops.</summary>
    Loop,
    /// <summary>A reply made a rubric regex run past its time-out (it counted as no match).</summary>
    RegexTimeout,
    /// <summary>The call loop threw.</summary>
    Exception,
}

/// <summary>One runtime problem, at one step, counted over the calls it happened in.</summary>
/// <param name="Detail">Loop: the repeating steps (<c>a → b → a</c>); regex time-out: the pattern; exception: its type and message.</param>
/// <param name="Budget">Loop: the turns a call may take.</param>
public sealed record ExplorationProblem(
    ExplorationProblemKind Kind, string StepId, int Line, int Column, int Calls, string Detail, int Budget = 0);
