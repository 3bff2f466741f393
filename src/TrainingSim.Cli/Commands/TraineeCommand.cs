using System.CommandLine;
using System.Globalization;
using TrainingSim.Reports;
using TrainingSim.Storage;

namespace TrainingSim.Cli.Commands;

/// <summary><c>trainee add NAME [--cohort NAME]</c> and <c>trainee list [--format table|json]</c>. More
/// subcommands (such as <c>trainee remove</c>) can be added to <see cref="Subcommands"/>.</summary>
public sealed class TraineeCommand : ICliCommand
{
    /// <summary>The subcommands of <c>trainee</c>; each builds its own <see cref="Command"/>.</summary>
    public static IList<Func<CliHost, Command>> Subcommands { get; } = [Add, List, TraineeRemoveCommand.Create, TraineePinCommand.Create, TraineeCohortCommand.Create];

    public Command Create(CliHost host)
    {
        var command = new Command("trainee", host.Text["HelpTraineeCommand"]);
        foreach (var create in Subcommands)
            command.Add(create(host));
        return command;
    }

    private static Command Add(CliHost host)
    {
        var name = new Argument<string>("NAME") { Description = host.Text["HelpTraineeName"] };
        var cohort = new Option<string?>("--cohort") { Description = host.Text["HelpCohort"], HelpName = "NAME" };
        var command = new Command("add", host.Text["HelpTraineeAdd"]) { name, cohort };
        command.SetAction(parse =>
        {
            var context = host.Context(parse);
            var group = parse.GetValue(cohort)?.Trim() is { Length: > 0 } given ? given : null;
            if (parse.GetValue(name)!.Trim().Length == 0)
                throw new CliException(context.Text["TraineeNameEmpty"]);

            using var store = LiteDbProgressStore.Open(context.DatabasePath);
            var check = TraineeNaming.Check(context, parse.GetValue(name)!, store);
            var trainee = check.Name;
            if (check.Existing is { } existing)
            {
                if (group is not null && group != existing.Cohort)
                {
                    context.Error.WriteLine($"trainingsim: {context.Text["Error"]}: {context.Text.Format("TraineeInOtherCohort", trainee, existing.Cohort ?? "—")}");
                    return ExitCodes.Problem;
                }

                context.Out.WriteLine(context.Text.Format("TraineeExists", trainee));
                return ExitCodes.Success;
            }

            store.AddTrainee(trainee, group);
            context.Out.WriteLine(group is null
                ? context.Text.Format("TraineeAdded", trainee)
                : context.Text.Format("TraineeAddedToCohort", trainee, group));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command List(CliHost host)
    {
        var format = OutputFormat.Option(host.Text, "table", "json");
        var command = new Command("list", host.Text["HelpTraineeList"]) { format };
        command.SetAction(parse =>
        {
            var context = host.Context(parse);
            StaffAccess.Require(context);
            using var store = LiteDbProgressStore.OpenForReading(context.DatabasePath);
            var trainees = store.ListTrainees().OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
            if (parse.GetValue(format) == "json")
            {
                context.Out.WriteLine(JsonText.Write(json =>
                {
                    json.WriteStartObject();
                    json.WriteStartArray("trainees");
                    foreach (var trainee in trainees)
                    {
                        json.WriteStartObject();
                        json.WriteString("name", trainee.Name);
                        if (trainee.Cohort is null)
                            json.WriteNull("cohort");
                        else
                            json.WriteString("cohort", trainee.Cohort);
                        json.WriteString("created_at", trainee.CreatedAt.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture));
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                }));
                return ExitCodes.Success;
            }

            var table = new TextTable([context.Text["ColumnName"], context.Text["ColumnCohort"], context.Text["ColumnCreated"]]);
            foreach (var trainee in trainees)
                table.AddRow(trainee.Name, trainee.Cohort ?? "—", trainee.CreatedAt.ToLocalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
            context.Out.Write(table.ToString());
            context.Out.WriteLine(context.Text.Format("TraineeCount", trainees.Count));
            return ExitCodes.Success;
        });
        return command;
    }
}
