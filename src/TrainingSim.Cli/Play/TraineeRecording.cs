using TrainingSim.Core.Conversations;
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

    /// <summary>Records for the trainee of that name; a name new to the database must pass the naming rule
    /// (not confusable with an existing trainee, no invisible characters).</summary>
    public static TraineeRecording Start(CliContext context, string traineeName, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(context);
        var store = LiteDbProgressStore.Open(context.DatabasePath);
        try
        {
            var check = Commands.TraineeNaming.Check(context, traineeName, store);
            var trainee = check.Existing ?? store.AddTrainee(check.Name, cohort: null);
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
