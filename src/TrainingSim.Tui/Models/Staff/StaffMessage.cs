using TrainingSim.Tui.Widgets;

namespace TrainingSim.Tui.Models.Staff;

/// <summary>A message for the staff screens: a resource key (prefix <c>Staff</c>), its arguments and how it reads.</summary>
internal sealed record StaffMessage(string Key, Tone Tone, params object?[] Args);
