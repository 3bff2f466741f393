using System.CommandLine;
using System.Globalization;
using TrainingSim.Core.Progress;
using TrainingSim.Storage;

namespace TrainingSim.Cli.Commands;

/// <summary><c>db check</c> (every document readable, indexes agree with full scans, every turn belongs to an
/// attempt, every attempt's trainee exists; one line per problem, exit 1 when any), <c>db backup --out FILE</c>
/// (a consistent copy while the program may be in use, then read and checked; exit 1 when the copy does not
/// check out) and <c>db recover --out NEW</c> (every readable trainee, attempt and turn of a damaged file into
/// a new one; what was lost is listed, exit 1 when anything was). All three only read the database; all need
/// an existing one (exit 2 otherwise).</summary>
public sealed class DbCommand : ICliCommand
{
    public Command Create(CliHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var check = new Command("check", "Check the progress database's integrity.");
        check.SetAction(parse => Check(host.Context(parse)));

        var backupOut = OutOption("The backup file to write.");
        var backupForce = ForceOption(host);
        var backup = new Command("backup", "Copy the progress database consistently, then check the copy.") { backupOut, backupForce };
        backup.SetAction(parse => Backup(host.Context(parse), parse.GetValue(backupOut)!, parse.GetValue(backupForce)));

        var recoverOut = OutOption("The new database to write what can be read into.");
        var recoverForce = ForceOption(host);
        var recover = new Command("recover", "Copy every readable trainee, attempt and turn of a damaged database into a new file.")
        {
            recoverOut, recoverForce,
        };
        recover.SetAction(parse => Recover(host.Context(parse), parse.GetValue(recoverOut)!, parse.GetValue(recoverForce)));

        return new Command("db", "Maintenance of the progress database.") { check, backup, recover };
    }

    private static Option<string> OutOption(string description) =>
        new("--out") { Description = description, HelpName = "FILE", Required = true };

    internal static Option<bool> ForceOption(CliHost host) =>
        new("--force") { Description = host.Text.IsChinese ? "输出文件已存在时替换它。" : "Replace the output file when it exists." };

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
        var problems = MaintenanceTasks.Check(path);
        foreach (var problem in problems)
            context.Out.WriteLine(ErrorReport.OneLine($"{path}: {problem}"));
        context.Out.WriteLine(problems.Count == 0
            ? ReportText.Format(context, "CheckClean", path)
            : ReportText.Format(context, "CheckProblems", path, problems.Count));
        return problems.Count == 0 ? ExitCodes.Success : ExitCodes.Problem;
    }

    private static int Backup(CliContext context, string output, bool force)
    {
        var path = ExistingDatabase(context);
        // Opening read-only first refuses a damaged or newer file with its own clear message, changing nothing.
        LiteDbProgressStore.Open(path, readOnly: true).Dispose();
        StaffAccess.Require(context);
        var result = MaintenanceTasks.Backup(path, output, force);
        foreach (var problem in result.Problems)
            context.Error.WriteLine(ErrorReport.OneLine(problem));
        if (!result.Verified)
        {
            context.Error.WriteLine($"trainingsim: {context.Text["Error"]}: {ReportText.Format(context, "BackupFailed", output)}");
            return ExitCodes.Problem;
        }

        context.Out.WriteLine(ReportText.Format(context, "BackupDone", output, Counts(result.Documents)));
        return ExitCodes.Success;
    }

    private static int Recover(CliContext context, string output, bool force)
    {
        var path = ExistingDatabase(context);
        RequireStaffIfReadable(context);
        var result = MaintenanceTasks.Recover(path, output, force);
        foreach (var lost in result.Lost)
            context.Error.WriteLine(ErrorReport.OneLine($"{path}: {lost}"));
        context.Out.WriteLine(ReportText.Format(context, "RecoverDone", output, Counts(result.Copied)));
        context.Out.WriteLine(result.Lost.Count == 0
            ? ReportText.Format(context, "RecoverNothingLost", path)
            : ReportText.Format(context, "RecoverLost", result.Lost.Count, path));
        return result.Lost.Count == 0 ? ExitCodes.Success : ExitCodes.Problem;
    }

    /// <summary>A recovered copy holds every trainee's data, like a backup: once a staff passphrase is set it needs
    /// one. A file too damaged to tell whether one is set is recovered without: whoever can damage it can read it.</summary>
    private static void RequireStaffIfReadable(CliContext context)
    {
        try
        {
            StaffAccess.Require(context);
        }
        catch (ProgressStoreException)
        {
        }
    }

    private static string Counts(IReadOnlyDictionary<string, int> documents) =>
        string.Join(", ", documents.Select(d => string.Create(CultureInfo.InvariantCulture, $"{d.Key} {d.Value}")));
}
