namespace TrainingSim.Tui.Models;

internal enum EntryKind
{
    Customer,
    Trainee,
    Narrator,
    /// <summary>One line of a turn's feedback (practice mode), worded by the screen.</summary>
    Feedback,
    Hint,
    HungUp,
    /// <summary>The call reached an end step; Text is its outcome id.</summary>
    Ended,
}
