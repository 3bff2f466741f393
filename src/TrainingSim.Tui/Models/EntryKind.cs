namespace TrainingSim.Tui.Models;

internal enum EntryKind
{
    Customer,
    Trainee,
    Narrator,
    Matched,
    Missed,
    Penalty,
    /// <summary>A choice step's score (Points) and the chosen choice's hint (Text, may be empty).</summary>
    ChoiceScore,
    Hint,
    OverTime,
    HungUp,
    Ended,
}
