using TrainingSim.Core.Scenarios;

namespace TrainingSim.Tui.Models.Staff;

/// <summary>The library as loaded (again) for the trainers' views: every file's status and the valid scenarios.</summary>
public sealed record StaffLibrary(IReadOnlyList<StaffLibraryFile> Files, IReadOnlyList<Scenario> Scenarios);
