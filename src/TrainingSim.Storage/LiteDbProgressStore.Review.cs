using LiteDB;
using TrainingSim.Core.Progress;

namespace TrainingSim.Storage;

/// <summary>The review's writes: a re-scored attempt (its score, stars, skills and turns' scoring, with the first
/// scoring kept) and a staff override, each one transaction. Nothing goes to the outbox: statements already sent
/// stay as they were sent, and <c>export</c> composes the attempt as it now stands.</summary>
public sealed partial class LiteDbProgressStore : IReviewStore
{
    public void StoreRescore(AttemptRecord rescored)
    {
        ArgumentNullException.ThrowIfNull(rescored);
        Write($"the re-scoring of attempt {rescored.Id}", () =>
        {
            var attempt = _attempts.FindById(rescored.Id)
                ?? throw new InvalidOperationException($"Attempt {rescored.Id} is not stored.");
            var turns = _turns.Find(Query.EQ("attempt", rescored.Id)).OrderBy(d => d["i"].AsInt32).ToList();
            if (turns.Count != rescored.Turns.Count)
                throw new InvalidOperationException($"Attempt {rescored.Id} has {turns.Count} turns stored, not {rescored.Turns.Count}.");
            for (var i = 0; i < turns.Count; i++)
            {
                ProgressBson.ApplyRescore(turns[i], rescored.Turns[i]);
                _turns.Update(turns[i]);
            }

            ProgressBson.ApplyReview(attempt, rescored);
            _attempts.Update(attempt);
            return true;
        });
    }

    public void StoreOverride(Guid attemptId, ScoreOverride scoreOverride)
    {
        ArgumentNullException.ThrowIfNull(scoreOverride);
        Write($"the score override of attempt {attemptId}", () =>
        {
            var doc = _attempts.FindById(attemptId) ?? throw new InvalidOperationException($"Attempt {attemptId} is not stored.");
            var attempt = ProgressBson.ToAttempt(doc, []);
            ProgressBson.ApplyReview(doc, attempt with { Override = scoreOverride, Score = scoreOverride.Score, Stars = scoreOverride.Stars });
            _attempts.Update(doc);
            return true;
        });
    }
}
