using BenchmarkDotNet.Attributes;
using TrainingSim.Authoring;
using TrainingSim.Core.Content;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace TrainingSim.Benchmarks;

/// <summary>Loading and validating 1,000 scenario files against YamlDotNet alone parsing the same files into
/// nodes, in the same run. Target: <see cref="LoadAndValidate"/> at most 2× <see cref="YamlDotNetYamlStream"/>.</summary>
[MemoryDiagnoser]
public class LoadingBenchmarks
{
    private LoadingCorpus _corpus = null!;
    private TrainingContent _content = null!;

    [Params(1000)]
    public int Files { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _corpus = new LoadingCorpus(Files);
        var content = ContentLoader.Load(_corpus.ContentDir);
        if (content.HasErrors)
            throw new InvalidOperationException(string.Join('\n', content.Diagnostics));
        _content = content.Content;
        var library = LibraryLoader.Load([_corpus.ScenarioDir], _content);
        if (library.Diagnostics.Count > 0 || library.Scenarios.Count != Files)
            throw new InvalidOperationException("generated corpus does not load cleanly:\n" + string.Join('\n', library.Diagnostics.Take(10)));
    }

    [GlobalCleanup]
    public void Cleanup() => _corpus.Dispose();

    /// <summary>YamlDotNet's own node model: read each file and build a <see cref="YamlStream"/>.</summary>
    [Benchmark(Baseline = true)]
    public int YamlDotNetYamlStream() => YamlStreamBaseline(_corpus);

    /// <summary>The baseline, shared with <see cref="LoadingComparison"/>.</summary>
    internal static int YamlStreamBaseline(LoadingCorpus corpus)
    {
        var nodes = 0;
        foreach (var path in corpus.Files)
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(File.ReadAllText(path)));
            nodes += ((YamlMappingNode)stream.Documents[0].RootNode).Children.Count;
        }

        return nodes;
    }

    /// <summary>The same, keeping every file's nodes (as the loader keeps every scenario it returns).</summary>
    [Benchmark]
    public int YamlDotNetYamlStreamKept()
    {
        var kept = new List<YamlStream>(_corpus.Files.Count);
        foreach (var path in _corpus.Files)
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(File.ReadAllText(path)));
            kept.Add(stream);
        }

        return kept.Count;
    }

    /// <summary>YamlDotNet's event parser alone: read each file and pull every event.</summary>
    [Benchmark]
    public int YamlDotNetParserEvents()
    {
        var events = 0;
        foreach (var path in _corpus.Files)
        {
            var parser = new Parser(new StringReader(File.ReadAllText(path)));
            while (parser.MoveNext())
            {
                if (parser.Current is Scalar or MappingStart or SequenceStart)
                    events++;
            }
        }

        return events;
    }

    /// <summary>The whole loader: find the files, read, check bytes, parse safely, build and validate every scenario
    /// (phrase banks, regexes, conditions, flow, tests, model answers scored), check ids across the library.</summary>
    [Benchmark]
    public int LoadAndValidate() => LibraryLoader.Load([_corpus.ScenarioDir], _content).Scenarios.Count;
}
