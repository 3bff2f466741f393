using TrainingSim.Authoring;

namespace TrainingSim.Cli.Library;

/// <summary>Loads content and scenarios for a command, from the paths it was given or the common options.</summary>
public static class LibraryLoading
{
    /// <summary>Loads <paramref name="paths"/> (or <c>--scenarios</c> / the shipped library when empty) with
    /// <c>--content</c>. A path that does not exist is a usage error, not a diagnostic. The curriculum (the modules against
    /// the whole library, and the course plans) is checked only for the whole library, not when <paramref name="paths"/>
    /// names some files. With <paramref name="onlyLanguage"/>, only that language's content is loaded.</summary>
    public static LoadedLibrary Load(CliContext context, IReadOnlyList<string>? paths = null, string? onlyLanguage = null)
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

        var content = ContentLoader.Load(contentPath, onlyLanguage);
        var scenarios = LibraryLoader.Load(scenarioPaths, content.Content);
        var curriculum = paths is { Count: > 0 }
            ? CurriculumLoadResult.Empty
            : CurriculumLoader.Load(contentPath, content.Content, scenarios.Scenarios);
        return new LoadedLibrary(content, scenarios, curriculum);
    }
}
