namespace TrainingSim.Tui.Models.Staff;

internal enum CohortSort
{
    /// <summary>Most stars first, then the higher average best score, then by name.</summary>
    Progress,
    Name,
}
