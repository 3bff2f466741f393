using TrainingSim.Core.Diagnostics;

namespace TrainingSim.Tui.Models.Staff;

/// <summary>A line of the library browser: a file, or one diagnostic under it.</summary>
internal sealed record LibraryRow(StaffLibraryFile File, Diagnostic? Diagnostic);
