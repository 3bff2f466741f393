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
        var entries = Entries(paths);
        var loaded = LoadFiles(entries, content);
        var results = new List<ScenarioLoadResult>(entries.Count);
        var firstById = new Dictionary<string, ScenarioLoadResult>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            var result = loaded[i];
            if (entries[i].Path is { } path && result.IdAt is { } idAt)
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

    /// <summary>Below this many files they are loaded one after the other: starting threads would cost more.</summary>
    private const int ParallelFrom = 16;

    /// <summary>In order: a file to load (each once, however often it is named), or a path's problem.</summary>
    private static List<(string? Path, ScenarioLoadResult? Problem)> Entries(IReadOnlyList<string> paths)
    {
        var entries = new List<(string?, ScenarioLoadResult?)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                AddFile(path);
                continue;
            }

            if (!Directory.Exists(path))
            {
                entries.Add((null, Problem(path, "it: no such file or folder")));
                continue;
            }

            var problems = new List<ScenarioLoadResult>();
            var files = ScenarioFilesUnder(path, problems);
            entries.AddRange(problems.Select(problem => ((string?)null, (ScenarioLoadResult?)problem)));
            foreach (var file in files)
                AddFile(file);
        }

        return entries;

        void AddFile(string file)
        {
            if (seen.Add(Path.GetFullPath(file)))
                entries.Add((file, null));
        }
    }

    /// <summary>Each entry's result, files loaded on every core: a file's result depends on it and the content alone
    /// (the scoring caches the model-answer check reaches are thread-safe), so the order of loading changes nothing.</summary>
    private static ScenarioLoadResult[] LoadFiles(List<(string? Path, ScenarioLoadResult? Problem)> entries, TrainingContent content)
    {
        var loaded = new ScenarioLoadResult[entries.Count];
        void LoadOne(int i) => loaded[i] = entries[i].Problem ?? ScenarioLoader.LoadFile(entries[i].Path!, content);
        if (entries.Count < ParallelFrom || Environment.ProcessorCount == 1)
        {
            for (var i = 0; i < entries.Count; i++)
                LoadOne(i);
        }
        else
        {
            Parallel.For(0, entries.Count, LoadOne);
        }

        return loaded;
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
