using TrainingSim.Core.Conversations;
using TrainingSim.Core.Export;
using TrainingSim.Core.Progress;
using TrainingSim.Core.Scenarios;
using TrainingSim.Storage;

namespace TrainingSim.Cli.Play;

/// <summary><c>play --trainee</c>: the progress database opened, the trainee found or created, and the
/// attempt started through the same <see cref="AttemptRecorder"/> the text UI uses (practice mode).</summary>
public sealed class TraineeRecording : IDisposable
{
    private readonly LiteDbProgressStore _store;

    private TraineeRecording(LiteDbProgressStore store, AttemptRecorder recorder)
    {
        _store = store;
        Recorder = recorder;
    }

    public AttemptRecorder Recorder { get; }

    public static TraineeRecording Start(string databasePath, string traineeName, Scenario scenario)
    {
        var store = LiteDbProgressStore.Open(databasePath);
        store.Statements = new XapiExporter(new Dictionary<string, Scenario>(StringComparer.Ordinal) { [scenario.Id] = scenario });
        try
        {
            var trainee = store.FindTrainee(traineeName) ?? store.AddTrainee(traineeName, cohort: null);
            var recorder = AttemptRecorder.Start(store, new Conversation(scenario), trainee, PlayMode.Practice);
            return new TraineeRecording(store, recorder);
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    public void Dispose() => _store.Dispose();
}
