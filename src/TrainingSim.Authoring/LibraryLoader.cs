using TrainingSim.Authoring.Diagnostics;
using TrainingSim.Core.Content;
using TrainingSim.Core.Diagnostics;

namespace TrainingSim.Authoring;

/// <summary>Loads scenario files and folders (searched recursively for *.yaml and *.yml, in ordinal path order) and
/// checks that scenario ids are unique across them.</summary>
public static class LibraryLoader
{
    public static LibraryLoadResult Load(IReadOnlyList<string> paths, TrainingContent content)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(content);
        var results = new List<ScenarioLoadResult>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var firstById = new Dictionary<string, ScenarioLoadResult>(StringComparer.Ordinal);
        foreach (var path in ExpandAll(paths, results))
        {
            if (!seen.Add(Path.GetFullPath(path)))
                continue;
            var result = ScenarioLoader.LoadFile(path, content);
            if (result.IdAt is { } idAt)
            {
                if (firstById.TryGetValue(idAt.Id, out var first))
                {
                    var where = first.IdAt!.Value.Span;
                    var duplicate = DiagnosticCodes.DuplicateScenarioId.Create(path, idAt.Span, idAt.Id,
                        $"{first.Path}:{where.Line + 1}:{where.Column + 1}");
                    result = result with
                    {
                        Scenario = null,
                        Diagnostics = [.. result.Diagnostics.Append(duplicate)
                            .OrderBy(d => d.Span.Line).ThenBy(d => d.Span.Column)],
                    };
                }
                else
                {
                    firstById.Add(idAt.Id, result);
                }
            }

            results.Add(result);
        }

        return new LibraryLoadResult(
            results,
            [.. results.SelectMany(r => r.Diagnostics)],
            [.. results.Where(r => !r.HasErrors && r.Scenario is not null).Select(r => r.Scenario!)]);
    }

    private static IEnumerable<string> ExpandAll(IReadOnlyList<string> paths, List<ScenarioLoadResult> results)
    {
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                yield return path;
                continue;
            }

            if (!Directory.Exists(path))
            {
                results.Add(Problem(path, "it: no such file or folder"));
                continue;
            }

            List<string> files;
            try
            {
                files = [.. Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(IsScenarioFile)
                    .Order(StringComparer.Ordinal)];
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                results.Add(Problem(path, "the folder: " + ex.Message));
                continue;
            }

            foreach (var file in files)
                yield return file;
        }
    }

    private static bool IsScenarioFile(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    private static ScenarioLoadResult Problem(string path, string what) => new()
    {
        Path = path,
        Diagnostics = [DiagnosticCodes.UnreadableFile.Create(path, SourceSpan.None, what)],
    };

    /// <summary>Convenience for a single folder or file.</summary>
    public static LibraryLoadResult Load(string path, TrainingContent content) => Load([path], content);
}
