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

            var problems = new List<ScenarioLoadResult>();
            var files = ScenarioFilesUnder(path, problems);
            results.AddRange(problems);
            foreach (var file in files)
                yield return file;
        }
    }

    /// <summary>The *.yaml and *.yml files under <paramref name="root"/>, in ordinal order. Folder links are followed
    /// once: a link back to a folder already searched (a loop) is skipped.</summary>
    private static List<string> ScenarioFilesUnder(string root, List<ScenarioLoadResult> problems)
    {
        var files = new List<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        Walk(root, Path.GetFullPath(root));
        return [.. files.Order(StringComparer.Ordinal)];

        void Walk(string folder, string canonical)
        {
            if (!visited.Add(canonical))
                return;
            try
            {
                files.AddRange(Directory.EnumerateFiles(folder).Where(IsScenarioFile));
                foreach (var sub in Directory.EnumerateDirectories(folder))
                {
                    var info = new DirectoryInfo(sub);
                    var target = info.LinkTarget is null ? Path.Combine(canonical, info.Name) : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
                    if (target is not null)
                        Walk(sub, target);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                problems.Add(Problem(folder, "the folder: " + ex.Message));
            }
        }
    }

    /// <summary>A <c>*.yaml</c> or <c>*.yml</c> file (scenarios, course plans).</summary>
    internal static bool IsScenarioFile(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    private static ScenarioLoadResult Problem(string path, string what) => new()
    {
        Path = path,
        Diagnostics = [DiagnosticCodes.UnreadableFile.Create(path, SourceSpan.None, what)],
    };

    /// <summary>Convenience for a single folder or file.</summary>
    public static LibraryLoadResult Load(string path, TrainingContent content) => Load([path], content);
}
