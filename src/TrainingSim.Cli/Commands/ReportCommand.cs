using System.CommandLine;
using TrainingSim.Core.Progress;
using TrainingSim.Core.Reports;
using TrainingSim.Storage;

namespace TrainingSim.Cli.Commands;

/// <summary><c>report [--trainee NAME] [--cohort NAME] [--scenario ID] [--items] [--format table|csv|json]</c>:
/// the team lead's view of progress, or with <c>--items</c> the item analysis (per scenario, step and rubric
/// item). Exit 1 for an unknown <c>--trainee</c>.</summary>
public sealed class ReportCommand : ICliCommand
{
    public Command Create(CliHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var trainee = new Option<string?>("--trainee") { Description = "Only this trainee.", HelpName = "NAME" };
        var cohort = new Option<string?>("--cohort") { Description = "Only trainees of this cohort.", HelpName = "NAME" };
        var scenario = new Option<string?>("--scenario") { Description = "Only attempts of this scenario.", HelpName = "ID" };
        var items = new Option<bool>("--items")
        {
            Description = "Item analysis: per scenario, step and rubric item, how often it was missed, the step's average, where calls end early, the versions played.",
        };
        var format = OutputFormat.Option(host.Text, "table", "csv", "json");
        var command = new Command("report", "The team lead's view of progress.") { trainee, cohort, scenario, items, format };
        command.SetAction(parse => Run(
            host.Context(parse),
            new AttemptQuery(parse.GetValue(trainee) is { } name ? TraineeNames.Normalize(name) : null, parse.GetValue(cohort), parse.GetValue(scenario)),
            parse.GetValue(items),
            ParseFormat(parse.GetValue(format))));
        return command;
    }

    internal static ReportFormat ParseFormat(string? format) => format switch
    {
        "csv" => ReportFormat.Csv,
        "json" => ReportFormat.Json,
        _ => ReportFormat.Table,
    };

    private static int Run(CliContext context, AttemptQuery query, bool items, ReportFormat format)
    {
        StaffAccess.Require(context);
        using var store = LiteDbProgressStore.OpenForReading(context.DatabasePath);
        if (query.Trainee is { } name && store.FindTrainee(name) is null)
        {
            context.Error.WriteLine($"trainingsim: {context.Text["Error"]}: {ReportText.Format(context, "UnknownTrainee", name)}");
            return ExitCodes.Problem;
        }

        var library = format == ReportFormat.Table || items ? ReportLibrary.Load(context) : null;
        if (items)
        {
            // The cohort of an attempt is the trainee's cohort when it was played.
            var attempts = store.Attempts(query);
            var analysis = ItemAnalysisBuilder.Build(attempts, library!.Scenarios);
            context.Out.Write(ItemAnalysisWriter.Write(analysis, format, library.Labels(context)));
            return ExitCodes.Success;
        }

        // The trainee's current cohort selects the trainees; their attempts are all counted.
        var report = ProgressReportBuilder.Build(
            store.ListTrainees(),
            store.Attempts(query with { Cohort = null, WithTurns = false }),
            query);
        context.Out.Write(ProgressReportWriter.Write(report, format, library?.Labels(context)));
        return ExitCodes.Success;
    }
}
