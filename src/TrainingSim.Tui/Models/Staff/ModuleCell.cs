namespace TrainingSim.Tui.Models.Staff;

/// <summary>One trainee's standing in one module: best stars summed over the module's scenarios out of
/// the possible, and the mean of the best scores of the scenarios completed (null when none).</summary>
internal sealed record ModuleCell(int Stars, int StarsPossible, int? Score, int Scenarios, int Completed)
{
    /// <summary>Every scenario of the module passed (at least one star each).</summary>
    public bool AllPassed { get; init; }
}
