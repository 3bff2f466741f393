using System.CommandLine;
using TrainingSim.Core.Export;
using TrainingSim.Core.Progress;
using TrainingSim.Storage;

namespace TrainingSim.Cli.Commands;

/// <summary><c>export --out FILE [--trainee NAME] [--cohort NAME]</c>: every attempt as xAPI 1.0.3 statements,
/// one JSON object a line (<c>--out -</c> writes them to standard output). Statement ids are deterministic,
/// so importing the file twice changes nothing. Exit 1 for an unknown <c>--trainee</c>.</summary>
public sealed class ExportCommand : ICliCommand
{
    public Command Create(CliHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var output = new Option<string>("--out")
        {
            Description = "The file to write (UTF-8, one statement a line); - for standard output.",
            HelpName = "FILE",
            Required = true,
        };
        var trainee = new Option<string?>("--trainee") { Description = "Only this trainee's attempts.", HelpName = "NAME" };
        var cohort = new Option<string?>("--cohort") { Description = "Only the attempts of this cohort's trainees.", HelpName = "NAME" };
        var force = DbCommand.ForceOption(host);
        var command = new Command("export", "Every attempt as xAPI 1.0.3 statements, one JSON object a line.") { output, trainee, cohort, force };
        command.SetAction(parse => Run(host.Context(parse), parse.GetValue(output)!,
            parse.GetValue(trainee) is { } name ? TraineeNames.Normalize(name) : null, parse.GetValue(cohort), parse.GetValue(force)));
        return command;
    }

    private static int Run(CliContext context, string output, string? trainee, string? cohort, bool force)
    {
        var target = output == "-" ? output : OutputTarget.Check(output, context.DatabasePath, force);
        List<AttemptRecord> selected;
        StaffAccess.Require(context);
        using (var store = LiteDbProgressStore.OpenForReading(context.DatabasePath))
        {
            if (trainee is not null && store.FindTrainee(trainee) is null)
            {
                context.Error.WriteLine($"trainingsim: {context.Text["Error"]}: {ReportText.Format(context, "UnknownTrainee", trainee)}");
                return ExitCodes.Problem;
            }

            selected = Select(store, trainee, cohort);
        }

        var exporter = new XapiExporter(ReportLibrary.Load(context).Scenarios);
        long statements = 0;
        if (target == "-")
        {
            statements = exporter.Write(context.Out, selected);
            context.Out.Flush();
            context.Error.WriteLine(ReportText.Format(context, "Exported", "-", statements, selected.Count));
            return ExitCodes.Success;
        }

        OutputTarget.Write(target, force, temporary =>
        {
            using var file = new FileStream(temporary, FileMode.OpenOrCreate, FileAccess.Write, FileShare.None, 1 << 16);
            statements = exporter.Write(file, selected);
        });
        context.Out.WriteLine(ReportText.Format(context, "Exported", output, statements, selected.Count));
        return ExitCodes.Success;
    }

    private static List<AttemptRecord> Select(LiteDbProgressStore store, string? trainee, string? cohort)
    {
        IEnumerable<AttemptRecord> attempts = store.Attempts(new AttemptQuery(Trainee: trainee));
        if (cohort is not null)
        {
            var members = store.ListTrainees().Where(t => t.Cohort == cohort).Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
            attempts = attempts.Where(a => members.Contains(a.Trainee));
        }

        return [.. attempts];
    }
}
