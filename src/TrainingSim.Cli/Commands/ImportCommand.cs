using System.CommandLine;
using System.Text;
using TrainingSim.Interchange.Export;
using TrainingSim.Storage;

namespace TrainingSim.Cli.Commands;

/// <summary><c>import FILE|FOLDER|-...</c>: merges exported xAPI statements into this database (<c>-</c> reads
/// standard input, a folder gives its <c>.jsonl</c> files); the same statements imported again change nothing.
/// Everything is read and checked first: any malformed line or value out of range is reported as
/// <c>file:line: ...</c> and nothing is imported (exit 2); a statement id seen with other content is a
/// conflict: reported, nothing imported (exit 1). Merging is incremental: statements of an attempt already
/// stored (its <c>attempted</c> came in an earlier file) add the turns and end it lacks. Exit 1 when an
/// attempt already stored differs from the incoming one (it is kept as it is and named), or when an attempt's
/// statements arrive with no <c>attempted</c> here or in the database. The summary is printed only once the
/// write is stored.</summary>
public sealed class ImportCommand : ICliCommand
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public Command Create(CliHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var files = new Argument<string[]>("FILE")
        {
            Description = host.Text["HelpImportFiles"],
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("import", host.Text["HelpImport"]) { files };
        command.SetAction(parse => Run(host.Context(parse), parse.GetValue(files)!));
        return command;
    }

    /// <summary>The files to read: each as given, <c>-</c> as is, a folder's <c>.jsonl</c> files by name.</summary>
    private static IEnumerable<string> Inputs(CliContext context, string[] given)
    {
        foreach (var path in given)
        {
            if (path == "-")
                yield return path;
            else if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*.jsonl").Order(StringComparer.Ordinal))
                    yield return file;
            }
            else if (File.Exists(path) && !Storage.OutputTarget.IsSpecial(path))
                yield return path;
            else
                throw new CliException(context.Text["FileNotFound"], ExitCodes.Usage, path);
        }
    }

    private static int Run(CliContext context, string[] files)
    {
        // The staff check comes before anything is said about the files.
        StaffAccess.Require(context, inputTaken: files.Contains("-"));
        var importer = new XapiImporter();
        foreach (var path in Inputs(context, files))
        {
            try
            {
                if (path == "-")
                {
                    importer.Read("<stdin>", context.Console.In);
                    continue;
                }

                using var reader = new StreamReader(path, StrictUtf8, detectEncodingFromByteOrderMarks: true);
                importer.Read(path, reader);
            }
            catch (DecoderFallbackException)
            {
                throw new CliException(context.Text["NotUtf8"], ExitCodes.Usage, path);
            }
        }

        var batch = importer.Finish();
        if (!batch.HasErrors && batch.Conflicts.Count > 0)
        {
            foreach (var conflict in batch.Conflicts)
                context.Error.WriteLine(ErrorReport.OneLine(conflict));
            context.Error.WriteLine($"trainingsim: {context.Text["Error"]}: {context.Text.FormatSafe("ImportConflicts", batch.Conflicts.Count)}");
            return ExitCodes.Problem;
        }

        if (batch.HasErrors)
        {
            foreach (var error in batch.Errors)
                context.Error.WriteLine(ErrorReport.OneLine(error));
            context.Error.WriteLine($"trainingsim: {context.Text["Error"]}: {context.Text.FormatSafe("ImportRefused", batch.Errors.Count)}");
            return ExitCodes.Usage;
        }

        using var store = LiteDbProgressStore.Open(context.DatabasePath);
        var result = XapiMerge.Apply(batch, store);
        Report(context, batch, result);
        return result.NotMerged.Count + result.Unstarted.Count > 0 ? ExitCodes.Problem : ExitCodes.Success;
    }

    /// <summary>What a merge did, as <c>import</c> (and <c>sync</c>'s pull) words it: problems on standard error,
    /// the summary last on standard output.</summary>
    internal static void Report(CliContext context, XapiImportBatch batch, XapiMergeResult result, bool summary = true)
    {
        foreach (var attempt in result.NotMerged)
            context.Error.WriteLine($"trainingsim: {context.Text.FormatSafe("ImportNotMerged", attempt.AttemptId, attempt.Trainee, attempt.NewStatements)}");
        foreach (var attempt in result.Unstarted)
            context.Error.WriteLine($"trainingsim: {context.Text.Format("ImportUnstarted", attempt.AttemptId, attempt.Trainee, attempt.NewStatements)}");
        if (batch.Duplicates > 0)
            context.Out.WriteLine(context.Text.FormatSafe("ImportDuplicates", batch.Duplicates));
        if (result.AttemptsContinued > 0)
            context.Out.WriteLine(context.Text.Format("ImportContinued", result.AttemptsContinued));
        if (summary)
        {
            context.Out.WriteLine(context.Text.FormatSafe("ImportSummary",
                result.Statements, result.StatementsNew, result.StatementsPresent,
                result.AttemptsNew + result.AttemptsPresent, result.AttemptsNew, result.AttemptsPresent));
        }
    }
}
