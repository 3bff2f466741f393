using TrainingSim.Tui.Widgets;

namespace TrainingSim.Tui.Screens.Staff;

/// <summary>One cell of a <see cref="StaffTableView"/>: its text and its colour.</summary>
internal sealed record StaffCell(string Text, Tone Tone = Tone.Normal);
