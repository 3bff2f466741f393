using System.CommandLine;
using TrainingSim.Authoring.Diagnostics;
using TrainingSim.Authoring.Editing;
using TrainingSim.Cli.Library;
using TrainingSim.Cli.Sync;
using TrainingSim.Core.Diagnostics;
using TrainingSim.Interchange.Export;
using TrainingSim.Storage;
using TrainingSim.Tui;
using TrainingSim.Tui.Models.Staff;

namespace TrainingSim.Cli.Commands;

/// <summary>No command: the text UI (<see cref="TrainingSimApp.Run"/>) on the common options' library,
/// when there is a terminal to draw it on (else a usage error, exit 2),
/// content, database and language. Content errors stop it before it opens (exit 1, errors on standard error);
/// scenario files with errors are left out and counted after (the game opens on the library browser when that leaves none).</summary>
public static class TuiCommand
{
    public static void Attach(RootCommand root, CliHost host)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(host);
        root.SetAction(parse => Run(host.Context(parse)));
    }

    private static int Run(CliContext context)
    {
        if (!context.Environment.HasTerminal)
            throw new CliException(context.Text["NoTerminal"]);

        var library = LibraryLoading.Load(context);
        // Scenario files with errors are left out; with every one of them left out the game still opens, on the library
        // browser, so that the trainer sees the errors and can open the files. Content errors break every scenario: stop.
        var contentErrors = library.Content.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        if (contentErrors.Count > 0)
        {
            foreach (var error in contentErrors)
                context.Error.WriteLine(context.Diagnostics.Word(error).ToString());
            context.Error.WriteLine($"trainingsim: {context.Text["Error"]}: {context.Text["ContentHasErrors"]}");
            return ExitCodes.Problem;
        }

        var databasePath = context.DatabasePath;
        var (lrs, syncProblem) = BackgroundLrs(context);
        int code;
        using (var store = LiteDbProgressStore.Open(databasePath))
        {
            store.Statements = new XapiExporter(library.Scenarios.Scenarios.DistinctBy(s => s.Id).ToDictionary(s => s.Id, StringComparer.Ordinal));
            // The game's store is the first one and reopens it itself after a failure (KeptWritesStore); every
            // other store below is the database, which goes through whichever store the last reopen opened.
            var database = new TuiDatabase(databasePath, store);
            code = TrainingSimApp.Run(new TuiOptions
            {
                Scenarios = library.Scenarios.Scenarios,
                Content = library.Content.Content,
                Store = store,
                ReopenStore = database.Reopen,
                Culture = context.Culture,
                DatabasePath = databasePath,
                Roles = database,
                Pins = database,
                Courses = database,
                Plans = library.Curriculum.Plans,
                LibraryFiles = StaffFiles(library, context.Culture),
                ReloadLibrary = () => Reload(context),
                Review = new ReviewLoop(context.ScenarioPaths, context.ContentPath, database, database, TimeProvider.System),
                ReviewStore = database,
                WatchPaths = context.ScenarioPaths,
                Lrs = lrs,
            });
        }

        if (syncProblem is not null)
            context.Error.WriteLine($"trainingsim: {syncProblem}");
        var leftOut = library.Scenarios.Files.Count(f => f.HasErrors);
        if (leftOut > 0)
            context.Error.WriteLine($"trainingsim: {context.Text.Format("LibraryErrorsLeftOut", leftOut)}");
        return code;
    }

    /// <summary>The LRS that <c>sync</c> remembered, for the background sync; unreadable settings do not stop the
    /// game: it runs without syncing, and the reason is said once it closes.</summary>
    private static (Interchange.Sync.LrsEndpoint? Lrs, string? Problem) BackgroundLrs(CliContext context)
    {
        try
        {
            return (SyncConnection.Configured(context), null);
        }
        catch (CliException e)
        {
            return (null, e.Message);
        }
    }

    /// <summary>The library again for the trainers' browser; a library that no longer loads (a folder
    /// removed, unreadable) reads as empty until it is back.</summary>
    private static StaffLibrary Reload(CliContext context)
    {
        try
        {
            var library = LibraryLoading.Load(context);
            return new StaffLibrary(StaffFiles(library, context.Culture), library.Scenarios.Scenarios);
        }
        catch (Exception e) when (e is CliException or IOException or UnauthorizedAccessException)
        {
            return new StaffLibrary([], []);
        }
    }

    /// <summary>The files for the trainers' browser, their diagnostics in the interface language.</summary>
    private static List<StaffLibraryFile> StaffFiles(LoadedLibrary library, System.Globalization.CultureInfo culture)
    {
        var text = DiagnosticText.For(culture);
        return [.. library.Scenarios.Files.Select(f => new StaffLibraryFile(f.Path, f.Scenario?.Id, f.Scenario?.Title, [.. f.Diagnostics.Select(text.Word)]))];
    }
}
