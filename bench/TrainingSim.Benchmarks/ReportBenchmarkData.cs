using LiteDB;
using TrainingSim.Benchmarks.Centre;
using TrainingSim.Core.Progress;
using TrainingSim.Storage;

namespace TrainingSim.Benchmarks;

/// <summary>A generated progress database (<see cref="CentreData"/>): 200 trainees in 4 cohorts × 50 attempts × 10 turns (100,000 turns),
/// written with the store's own document mapping in bulk (the store's one-write-one-checkpoint path would
/// take minutes for this much).</summary>
internal static class ReportBenchmarkData
{
    public const int Trainees = 200;
    public const int AttemptsPerTrainee = 50;
    public const int TurnsPerAttempt = 10;

    public static IReadOnlyList<AttemptRecord> Attempts() =>
        [.. CentreData.ByTrainee(Trainees, AttemptsPerTrainee, TurnsPerAttempt).SelectMany(a => a)];

    public static void Write(string path, IReadOnlyList<AttemptRecord> attempts)
    {
        // The store creates the file, its collections and indexes.
        using (var store = LiteDbProgressStore.Open(path))
        {
            foreach (var trainee in attempts.Select(a => (a.Trainee, a.Cohort)).Distinct())
                store.AddTrainee(trainee.Trainee, trainee.Cohort);
        }

        using var database = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Shared });
        database.GetCollection(ProgressBson.Attempts).InsertBulk(attempts.Select(ProgressBson.ToDocument));
        database.GetCollection(ProgressBson.Turns).InsertBulk(
            attempts.SelectMany(a => a.Turns.Select(t => ProgressBson.ToDocument(a.Id, t))));
        database.Checkpoint();
    }
}
