using TrainingSim.Core.Courses;
using TrainingSim.Core.Progress;

namespace TrainingSim.Tui.Models.Staff;

/// <summary>One trainee's line of the cohort dashboard, one cell per module.</summary>
internal sealed record CohortRow(
    Trainee Trainee,
    IReadOnlyList<ModuleCell> Cells,
    int Stars,
    int StarsPossible,
    int? AverageBest,
    int Attempts,
    DateTimeOffset? LastActive)
{
    /// <summary>Where the trainee stands in their cohort's course plan; null when they follow none.</summary>
    public Standing? Course { get; init; }
}
