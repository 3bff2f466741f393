namespace TrainingSim.Core.Progress;

/// <summary>The trainer's review writes, beside <see cref="IProgressStore"/>: re-scored attempts and score
/// overrides. Every write is durable when the call returns.</summary>
public interface IReviewStore
{
    /// <summary>Stores the attempt's new scoring: its score, stars, skills and turns' scores and items (indexes
    /// as stored), and the <see cref="AttemptRecord.Rescore"/> it carries (the first scoring, kept).</summary>
    void StoreRescore(AttemptRecord rescored);

    /// <summary>Stores a staff override of an ended attempt's score.</summary>
    void StoreOverride(Guid attemptId, ScoreOverride scoreOverride);
}
