using TrainingSim.Tui.Widgets;

namespace TrainingSim.Tui.Screens.Staff;

/// <summary>One cell of a <see cref="StaffTable"/>.</summary>
internal sealed record StaffCell(string Text, Tone Tone = Tone.Normal);
