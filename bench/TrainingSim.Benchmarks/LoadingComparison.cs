using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;

namespace TrainingSim.Benchmarks;

/// <summary>Loading and validating the generated 1,000-file library with several published builds of the program
/// side by side in one process, against YamlDotNet alone parsing the same files into nodes: round after round, each
/// build (and the baseline) once a round, so the machine's load falls on all of them alike. Each build's
/// <c>TrainingSim.*</c> and <c>YamlDotNet</c> assemblies are loaded from its folder into a load context of its own.
/// Prints per contestant the median and the minimum of the wall-clock time and of the process CPU time a round.</summary>
/// <remarks>Usage: <c>dotnet run -c Release --project bench/TrainingSim.Benchmarks -- compare-loading [--rounds N]
/// NAME=FOLDER...</c> (a FOLDER is a framework-dependent publish, e.g. <c>bench/scripts/publish-modes.sh OUT fd</c>).</remarks>
public static class LoadingComparison
{
    public static void Run(string[] args)
    {
        var rounds = 15;
        var builds = new List<(string Name, Func<int> Load)>();
        using var corpus = new LoadingCorpus(1000);
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--rounds")
            {
                rounds = int.Parse(args[++i], CultureInfo.InvariantCulture);
                continue;
            }

            var (name, folder) = (args[i][..args[i].IndexOf('=', StringComparison.Ordinal)], args[i][(args[i].IndexOf('=', StringComparison.Ordinal) + 1)..]);
            builds.Add((name, Loader(Path.GetFullPath(folder), corpus)));
        }

        var contestants = new List<(string Name, Func<int> Run)> { ("YamlDotNet YamlStream (baseline)", () => LoadingBenchmarks.YamlStreamBaseline(corpus)) };
        contestants.AddRange(builds);
        foreach (var (_, run) in contestants)
            run(); // warm-up: every code path jitted and tiered once before timing
        var wall = contestants.Select(_ => new List<double>()).ToList();
        var cpu = contestants.Select(_ => new List<double>()).ToList();
        Console.WriteLine($"load average before: {File.ReadAllText("/proc/loadavg").Trim()}");
        for (var r = 0; r < rounds; r++)
        {
            for (var c = 0; c < contestants.Count; c++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                contestants[c].Run();
                wall[c].Add(clock.Elapsed.TotalMilliseconds);
                cpu[c].Add((Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalMilliseconds);
            }
        }

        Console.WriteLine($"load average after: {File.ReadAllText("/proc/loadavg").Trim()}; {rounds} rounds, {Environment.ProcessorCount} cores");
        Console.WriteLine("| contestant | wall median | wall min | CPU median | CPU min | wall median ÷ baseline | CPU median ÷ baseline |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        for (var c = 0; c < contestants.Count; c++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {contestants[c].Name} | {Median(wall[c]):F1} ms | {wall[c].Min():F1} ms | {Median(cpu[c]):F1} ms | {cpu[c].Min():F1} ms | {Median(wall[c]) / Median(wall[0]):F2} | {Median(cpu[c]) / Median(cpu[0]):F2} |"));
        }
    }

    /// <summary>That build's <c>LibraryLoader.Load</c> over the corpus, with the corpus content loaded by its own
    /// <c>ContentLoader</c>.</summary>
    private static Func<int> Loader(string folder, LoadingCorpus corpus)
    {
        var context = new FolderLoadContext(folder);
        var authoring = context.LoadFromAssemblyPath(Path.Combine(folder, "TrainingSim.Authoring.dll"));
        var contentLoader = authoring.GetType("TrainingSim.Authoring.ContentLoader", throwOnError: true)!;
        var loaded = contentLoader.GetMethod("Load", [typeof(string)])!.Invoke(null, [corpus.ContentDir])!;
        var content = loaded.GetType().GetProperty("Content")!.GetValue(loaded)!;
        var load = authoring.GetType("TrainingSim.Authoring.LibraryLoader", throwOnError: true)!
            .GetMethod("Load", [typeof(IReadOnlyList<string>), content.GetType()])!;
        IReadOnlyList<string> paths = [corpus.ScenarioDir];
        return () =>
        {
            var result = load.Invoke(null, [paths, content])!;
            var scenarios = ((System.Collections.IEnumerable)result.GetType().GetProperty("Scenarios")!.GetValue(result)!).Cast<object>().Count();
            if (scenarios != corpus.Files.Count)
                throw new InvalidOperationException($"{folder}: {scenarios} of {corpus.Files.Count} scenarios loaded");
            return scenarios;
        };
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>The program's own assemblies and YamlDotNet from one folder; the framework from the default context.</summary>
    private sealed class FolderLoadContext(string folder) : AssemblyLoadContext(isCollectible: false)
    {
        protected override Assembly? Load(AssemblyName name)
        {
            var path = Path.Combine(folder, name.Name + ".dll");
            return (name.Name!.StartsWith("TrainingSim", StringComparison.Ordinal) || name.Name == "YamlDotNet") && File.Exists(path)
                ? LoadFromAssemblyPath(path)
                : null;
        }
    }
}
