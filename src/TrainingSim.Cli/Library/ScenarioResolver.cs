using TrainingSim.Authoring;
using TrainingSim.Core.Content;
using TrainingSim.Core.Diagnostics;
using TrainingSim.Core.Scenarios;

namespace TrainingSim.Cli.Library;

/// <summary>Finds the scenario <c>play</c> names: a path to a file, or an id searched in <c>--scenarios</c>
/// (the shipped library by default).</summary>
public static class ScenarioResolver
{
    /// <summary>The scenario and the content it was loaded with. A file with errors prints them on standard
    /// error and exits 1; an unknown id or a missing file is a usage error (exit 2).</summary>
    public static (Scenario Scenario, TrainingContent Content) Resolve(CliContext context, string nameOrPath)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(nameOrPath);
        if (File.Exists(nameOrPath))
            return FromFile(context, nameOrPath);
        if (LooksLikePath(nameOrPath))
            throw new CliException(context.Text["NoSuchFileOrFolder"], ExitCodes.Usage, nameOrPath);
        return FromLibrary(context, nameOrPath);
    }

    private static (Scenario, TrainingContent) FromFile(CliContext context, string path)
    {
        var library = LibraryLoading.Load(context, [path]);
        FailOnErrors(context, library.Diagnostics);
        var scenario = library.Scenarios.Scenarios.Single();
        return (scenario, library.Content.Content);
    }

    private static (Scenario, TrainingContent) FromLibrary(CliContext context, string id)
    {
        // Fast path: a file named after the id (as the shipped library names them) is loaded alone, with the content of
        // the interface language alone; a scenario in another language (or with errors) takes the full load below.
        if (NamedAfter(context.ScenarioPaths, id) is [var named])
        {
            var language = context.Culture.Name;
            var single = LibraryLoading.Load(context, [named], language);
            if (!single.HasErrors && single.Scenarios.Scenarios is [var found] && found.Id == id && found.Language == language)
                return (found, single.Content.Content);
        }

        var library = LibraryLoading.Load(context);
        FailOnErrors(context, library.Content.Diagnostics);
        var scenario = library.Scenarios.Scenarios.FirstOrDefault(s => s.Id == id);
        if (scenario is not null)
            return (scenario, library.Content.Content);

        // A file of that name that did not load: its errors say why.
        var broken = library.Scenarios.Files.FirstOrDefault(f =>
            f.HasErrors && Path.GetFileNameWithoutExtension(f.Path) == id);
        if (broken is not null)
            FailOnErrors(context, broken.Diagnostics);

        var suggestion = Nearest.Name(id, library.Scenarios.Scenarios.Select(s => s.Id)) is { } near
            ? context.Text.Format("DidYouMean", near)
            : context.Text.Format("ScenarioCount", library.Scenarios.Scenarios.Count);
        throw new CliException(context.Text.Format("UnknownScenario", id, suggestion));
    }

    /// <summary>Files called <c>&lt;id&gt;.yaml</c> or <c>&lt;id&gt;.yml</c> among the paths (folders searched
    /// recursively).</summary>
    private static List<string> NamedAfter(IReadOnlyList<string> paths, string id)
    {
        var names = new[] { id + ".yaml", id + ".yml" };
        var found = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                if (names.Contains(Path.GetFileName(path), StringComparer.OrdinalIgnoreCase))
                    found.Add(path);
            }
            else if (Directory.Exists(path))
            {
                try
                {
                    foreach (var name in names)
                        found.AddRange(Directory.EnumerateFiles(path, name, SearchOption.AllDirectories));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    return []; // the full load reports the folder's problem
                }
            }
        }

        return found;
    }

    private static void FailOnErrors(CliContext context, IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        if (errors.Count == 0)
            return;
        foreach (var error in errors)
            context.Error.WriteLine(error.ToString());
        throw new CliException(context.Text.Format("CannotPlayInvalid", errors.Count), ExitCodes.Problem);
    }

    private static bool LooksLikePath(string text) =>
        text.Contains('/', StringComparison.Ordinal) || text.Contains('\\', StringComparison.Ordinal)
        || text.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || text.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
}
