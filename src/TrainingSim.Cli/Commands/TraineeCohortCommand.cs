using System.CommandLine;
using TrainingSim.Core.Progress;
using TrainingSim.Storage;

namespace TrainingSim.Cli.Commands;

/// <summary><c>trainee cohort NAME [COHORT]</c>: moves a trainee to another cohort (none when COHORT is left
/// out). A staff action: needs the staff passphrase once one is set. Exit 1 for an unknown trainee.</summary>
public static class TraineeCohortCommand
{
    public static Command Create(CliHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var name = new Argument<string>("NAME") { Description = host.Text["HelpTraineeName"] };
        var cohort = new Argument<string?>("COHORT") { Description = host.Text["HelpCohort"], Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("cohort", host.Text["HelpTraineeCohort"]) { name, cohort };
        command.SetAction(parse =>
        {
            var context = host.Context(parse);
            using var store = LiteDbProgressStore.Open(context.DatabasePath);
            StaffAccess.Require(context, store);
            var trainee = TraineeNames.Normalize(parse.GetValue(name)!);
            var group = parse.GetValue(cohort)?.Trim() is { Length: > 0 } given ? given : null;
            if (!store.SetCohort(trainee, group))
                throw new CliException(context.Text.FormatSafe("UnknownTrainee", trainee), ExitCodes.Problem);
            context.Out.WriteLine(context.Text.Format("TraineeCohortSet", trainee, group ?? "—"));
            return ExitCodes.Success;
        });
        return command;
    }
}
