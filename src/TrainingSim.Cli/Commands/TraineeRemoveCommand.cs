using System.CommandLine;
using TrainingSim.Core.Progress;
using TrainingSim.Storage;

namespace TrainingSim.Cli.Commands;

/// <summary><c>trainee remove NAME</c>: deletes the trainee and every attempt and turn of theirs by rewriting
/// the database file without them (no copy of the old file is kept, and none of it lingers in free pages).
/// Exit 1 for an unknown trainee.</summary>
public static class TraineeRemoveCommand
{
    public static Command Create(CliHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var name = new Argument<string>("NAME") { Description = "The trainee to delete, with all their records." };
        var command = new Command("remove", "Delete a trainee and all their records.") { name };
        command.SetAction(parse => Run(host.Context(parse), TraineeNames.Normalize(parse.GetValue(name)!)));
        return command;
    }

    private static int Run(CliContext context, string name)
    {
        // Opening first refuses a damaged or newer file (and clears LiteDB's flag on an intact one).
        using (var store = LiteDbProgressStore.Open(context.DatabasePath))
            StaffAccess.Require(context, store);
        if (MaintenanceTasks.RemoveTrainee(context.DatabasePath, name) is not { } attempts)
        {
            context.Error.WriteLine($"trainingsim: {context.Text["Error"]}: {ReportText.Format(context, "UnknownTrainee", name)}");
            return ExitCodes.Problem;
        }

        context.Out.WriteLine(ReportText.Format(context, "Removed", name, attempts));
        return ExitCodes.Success;
    }
}
