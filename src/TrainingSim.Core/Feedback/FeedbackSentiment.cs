namespace TrainingSim.Core.Feedback;

/// <summary>How a feedback line reads for the trainee: earned, lost, or a note.</summary>
public enum FeedbackSentiment
{
    Good,
    Bad,
    Note,
}
