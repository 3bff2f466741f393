using System.CommandLine;
using System.Globalization;
using TrainingSim.Storage;

namespace TrainingSim.Cli.Commands;

/// <summary><c>db check</c> (integrity: indexes agree with full scans, every turn belongs to an attempt,
/// every attempt's trainee exists; one line per problem, exit 1 when any) and <c>db backup --out FILE</c>
/// (a consistent copy while the program may be in use, then opened and checked; exit 1 when the copy does not
/// check out). Both need an existing database (exit 2 otherwise).</summary>
public sealed class DbCommand : ICliCommand
{
    public Command Create(CliHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var check = new Command("check", "Check the progress database's integrity.");
        check.SetAction(parse => Check(host.Context(parse)));

        var output = new Option<string>("--out") { Description = "The backup file to write.", HelpName = "FILE", Required = true };
        var backup = new Command("backup", "Copy the progress database consistently, then check the copy.") { output };
        backup.SetAction(parse => Backup(host.Context(parse), parse.GetValue(output)!));

        return new Command("db", "Maintenance of the progress database.") { check, backup };
    }

    private static string ExistingDatabase(CliContext context)
    {
        var path = context.DatabasePath;
        if (!File.Exists(path))
            throw new CliException(ReportText.Format(context, "NoDatabase"), ExitCodes.Usage, path);
        return path;
    }

    private static int Check(CliContext context)
    {
        var path = ExistingDatabase(context);
        // Opening through the store first refuses a damaged or newer file with its own clear message.
        LiteDbProgressStore.Open(path).Dispose();
        var problems = MaintenanceTasks.Check(path);
        foreach (var problem in problems)
            context.Out.WriteLine(ErrorReport.OneLine(problem));
        context.Out.WriteLine(problems.Count == 0
            ? ReportText.Format(context, "CheckClean", path)
            : ReportText.Format(context, "CheckProblems", path, problems.Count));
        return problems.Count == 0 ? ExitCodes.Success : ExitCodes.Problem;
    }

    private static int Backup(CliContext context, string output)
    {
        var path = ExistingDatabase(context);
        using (var store = LiteDbProgressStore.Open(path))
            StaffAccess.Require(context, store);
        var result = MaintenanceTasks.Backup(path, output);
        foreach (var problem in result.Problems)
            context.Error.WriteLine(ErrorReport.OneLine(problem));
        if (!result.Verified)
        {
            context.Error.WriteLine($"trainingsim: {context.Text["Error"]}: {ReportText.Format(context, "BackupFailed", output)}");
            return ExitCodes.Problem;
        }

        var counts = string.Join(", ", result.Documents.Select(d => string.Create(CultureInfo.InvariantCulture, $"{d.Key} {d.Value}")));
        context.Out.WriteLine(ReportText.Format(context, "BackupDone", output, counts));
        return ExitCodes.Success;
    }
}
