namespace TrainingSim.Core.Progress;

public enum PlayMode
{
    /// <summary>Feedback after each reply; hints available.</summary>
    Practice,
    /// <summary>No feedback until the end.</summary>
    Exam,
}
