namespace TrainingSim.Tui.Models;

internal enum EntryKind
{
    Customer,
    Trainee,
    Narrator,
    Matched,
    Missed,
    Penalty,
    Hint,
    OverTime,
    HungUp,
    Ended,
}
