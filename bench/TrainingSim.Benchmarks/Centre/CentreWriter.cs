using TrainingSim.Core.Progress;
using TrainingSim.Storage;

namespace TrainingSim.Benchmarks.Centre;

/// <summary>Writes a generated centre into a real progress database through the program's own store
/// (<see cref="LiteDbProgressStore"/>, shared mode).</summary>
internal static class CentreWriter
{
    /// <summary>The lead's database after importing the centre: one <see cref="LiteDbProgressStore.ImportAttempts"/>
    /// transaction per trainee, as <c>import</c> stores attempts (no outbox: imported statements are not sent again).</summary>
    public static long Imported(string path, int trainees, int attemptsPerTrainee, int turnsPerAttempt, Action<int>? progress = null)
    {
        using var store = LiteDbProgressStore.Open(path);
        long turns = 0;
        var t = 0;
        foreach (var attempts in CentreData.ByTrainee(trainees, attemptsPerTrainee, turnsPerAttempt))
        {
            store.ImportAttempts(attempts);
            turns += attempts.Sum(a => a.Turns.Count);
            progress?.Invoke(++t);
        }

        return turns;
    }

    /// <summary>A classroom machine's database after its trainees played: every attempt started, each turn recorded
    /// and the attempt finished one write at a time, as the program does, so the outbox holds every statement.</summary>
    public static long Played(string path, int trainees, int attemptsPerTrainee, int turnsPerAttempt, Action<int>? progress = null)
    {
        using var store = LiteDbProgressStore.Open(path);
        long turns = 0;
        var t = 0;
        foreach (var attempts in CentreData.ByTrainee(trainees, attemptsPerTrainee, turnsPerAttempt))
        {
            foreach (var attempt in attempts)
            {
                store.StartAttempt(attempt with { Turns = [], Outcome = null, EndedAt = null });
                foreach (var turn in attempt.Turns)
                    store.RecordTurn(attempt.Id, turn);
                store.FinishAttempt(attempt.Id, new AttemptFinish(
                    attempt.Outcome!, attempt.Success, attempt.Score, attempt.Stars, attempt.Skills, attempt.EndedAt!.Value));
                turns += attempt.Turns.Count;
            }

            progress?.Invoke(++t);
        }

        return turns;
    }
}
