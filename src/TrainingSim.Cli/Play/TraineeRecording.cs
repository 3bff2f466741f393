using TrainingSim.Core.Calls;
using TrainingSim.Core.Progress;
using TrainingSim.Core.Scenarios;
using TrainingSim.Storage;

namespace TrainingSim.Cli.Play;

/// <summary><c>play --trainee</c>: the progress database opened, the trainee found or created, and the
/// call recorded by the same <see cref="CallSession"/> the text UI uses (practice mode, untimed).</summary>
public sealed class TraineeRecording : IDisposable
{
    private readonly LiteDbProgressStore _store;

    private TraineeRecording(LiteDbProgressStore store, CallSession call)
    {
        _store = store;
        Call = call;
    }

    public CallSession Call { get; }

    public static TraineeRecording Start(string databasePath, string traineeName, Scenario scenario)
    {
        var store = LiteDbProgressStore.Open(databasePath);
        try
        {
            var trainee = store.FindTrainee(traineeName) ?? store.AddTrainee(traineeName, cohort: null);
            return new TraineeRecording(store, CallSession.Record(scenario, store, trainee, PlayMode.Practice));
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    public void Dispose() => _store.Dispose();
}
