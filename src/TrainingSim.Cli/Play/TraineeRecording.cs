using TrainingSim.Core.Calls;
using TrainingSim.Core.Export;
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

    /// <summary>Records for the trainee of that name, after their PIN when they have one
    /// (<see cref="TraineeAccess"/>); a name new to the database must pass the naming rule (not confusable with
    /// an existing trainee, no invisible characters).</summary>
    public static TraineeRecording Start(CliContext context, string traineeName, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(context);
        var store = LiteDbProgressStore.Open(context.DatabasePath, context.Environment.Clock);
        store.Statements = new XapiExporter(new Dictionary<string, Scenario>(StringComparer.Ordinal) { [scenario.Id] = scenario });
        try
        {
            var check = Commands.TraineeNaming.Check(context, traineeName, store);
            if (check.Existing is { } existing)
                TraineeAccess.Require(context, store.Pins, existing.Name);
            var trainee = check.Existing ?? store.AddTrainee(check.Name, cohort: null);
            return new TraineeRecording(store, CallSession.Record(scenario, store, trainee, PlayMode.Practice, clock: context.Environment.Clock));
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    public void Dispose() => _store.Dispose();
}
