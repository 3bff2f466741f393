namespace TrainingSim.Wording;

/// <summary>Two ways to word the same feedback line.</summary>
public enum FeedbackStyle
{
    /// <summary>For the trainee (the text UI's call screen and scorecard): skill, points, the words that earned
    /// them, and what to say instead. Resource keys <c>Coach.{Kind}</c>.</summary>
    Coach,
    /// <summary>For the trainer's record (the CLI's transcript, the staff transcript): the item id first.
    /// Resource keys <c>Record.{Kind}</c>.</summary>
    Record,
}
