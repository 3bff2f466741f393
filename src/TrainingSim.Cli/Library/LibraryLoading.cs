using TrainingSim.Authoring;

namespace TrainingSim.Cli.Library;

/// <summary>Loads content and scenarios for a command, from the paths it was given or the common options.</summary>
public static class LibraryLoading
{
    /// <summary>Loads <paramref name="paths"/> (or <c>--scenarios</c> / the shipped library when empty) with
    /// <c>--content</c>. A path that does not exist is a usage error, not a diagnostic.</summary>
    public static LoadedLibrary Load(CliContext context, IReadOnlyList<string>? paths = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var scenarioPaths = paths is { Count: > 0 } ? paths : context.ScenarioPaths;
        foreach (var path in scenarioPaths)
        {
            if (!File.Exists(path) && !Directory.Exists(path))
                throw new CliException(context.Text["NoSuchFileOrFolder"], ExitCodes.Usage, path);
        }

        var contentPath = context.ContentPath;
        if (!Directory.Exists(contentPath))
            throw new CliException(context.Text["NoSuchFileOrFolder"], ExitCodes.Usage, contentPath);

        var content = ContentLoader.Load(contentPath);
        var scenarios = LibraryLoader.Load(scenarioPaths, content.Content);
        return new LoadedLibrary(content, scenarios, ContentFiles(contentPath));
    }

    /// <summary>The files the content loader reads: skills.yaml, phrasebanks/*.yaml, house-rubric/*.yaml.</summary>
    private static List<string> ContentFiles(string contentPath)
    {
        var files = new List<string>();
        var skills = Path.Combine(contentPath, "skills.yaml");
        if (File.Exists(skills))
            files.Add(skills);
        foreach (var folder in new[] { "phrasebanks", "house-rubric" })
        {
            var dir = Path.Combine(contentPath, folder);
            if (Directory.Exists(dir))
                files.AddRange(Directory.EnumerateFiles(dir).Where(IsYaml).Order(StringComparer.Ordinal));
        }

        return files;
    }

    private static bool IsYaml(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
}
