using System.CommandLine;
using TrainingSim.Core.Progress;
using TrainingSim.Storage;

namespace TrainingSim.Cli.Commands;

/// <summary><c>trainee remove NAME</c>: deletes the trainee and every attempt and turn of theirs, then
/// compacts the database file so none of it lingers in free pages. Exit 1 for an unknown trainee.</summary>
public static class TraineeRemoveCommand
{
    public static Command Create(CliHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var name = new Argument<string>("NAME") { Description = "The trainee to delete, with all their records." };
        var command = new Command("remove", "Delete a trainee and all their records.") { name };
        command.SetAction(parse => Run(host.Context(parse), parse.GetValue(name)!));
        return command;
    }

    private static int Run(CliContext context, string name)
    {
        int attempts;
        using (var store = LiteDbProgressStore.Open(context.DatabasePath))
        {
            StaffAccess.Require(context, store);
            attempts = store.Attempts(new AttemptQuery(Trainee: name, WithTurns: false)).Count;
            if (!store.RemoveTrainee(name))
            {
                context.Error.WriteLine($"trainingsim: {context.Text["Error"]}: {ReportText.Format(context, "UnknownTrainee", name)}");
                return ExitCodes.Problem;
            }
        }

        MaintenanceTasks.Compact(context.DatabasePath);
        context.Out.WriteLine(ReportText.Format(context, "Removed", name, attempts));
        return ExitCodes.Success;
    }
}
