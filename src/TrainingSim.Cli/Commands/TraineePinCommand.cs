using System.CommandLine;
using TrainingSim.Core.Security;
using TrainingSim.Storage;

namespace TrainingSim.Cli.Commands;

/// <summary><c>trainee reset-pin NAME</c>: forgets the trainee's PIN (staff only), so their next sign-in sets a
/// new one. Exit 1 for an unknown trainee.</summary>
public static class TraineePinCommand
{
    public static Command Create(CliHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var name = new Argument<string>("NAME") { Description = host.Text["HelpTraineeName"] };
        var command = new Command("reset-pin", host.Text["HelpTraineeResetPin"]) { name };
        command.SetAction(parse =>
        {
            var context = host.Context(parse);
            using var store = LiteDbProgressStore.Open(context.DatabasePath);
            var staff = StaffAccess.Require(context, store, requireSet: true)!;
            var trainee = Core.Progress.TraineeNames.Normalize(parse.GetValue(name)!);
            if (store.FindTrainee(trainee) is null)
                throw new CliException(context.Text.FormatSafe("UnknownTrainee", trainee), ExitCodes.Problem);
            var hadPin = new PinGate(store.Pins, TimeProvider.System).Reset(staff, trainee);
            context.Out.WriteLine(context.Text.Format(hadPin ? "TraineePinReset" : "TraineePinNone", trainee));
            return ExitCodes.Success;
        });
        return command;
    }
}
