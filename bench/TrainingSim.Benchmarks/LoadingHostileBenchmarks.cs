using System.Text;
using BenchmarkDotNet.Attributes;
using TrainingSim.Authoring;
using TrainingSim.Core.Content;

namespace TrainingSim.Benchmarks;

/// <summary>The worst files an author (or an attacker) can hand the loader, each near the 1 MiB limit: every one must
/// be answered within a second with its diagnostics, never an exception.</summary>
[MemoryDiagnoser]
public class LoadingHostileBenchmarks
{
    private TrainingContent _content = null!;
    private byte[] _manyUnknownKeys = null!;
    private byte[] _deepFlow = null!;
    private byte[] _billionLaughs = null!;
    private byte[] _backtrackingRegexes = null!;
    private byte[] _manyBrokenSteps = null!;

    [GlobalSetup]
    public void Setup()
    {
        using (var corpus = new LoadingCorpus(1))
            _content = ContentLoader.Load(corpus.ContentDir).Content;

        _manyUnknownKeys = Fill(i => $"k{i}: v\n");
        _deepFlow = Encoding.UTF8.GetBytes(new string('[', 500_000) + new string(']', 500_000));
        var laughs = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var c = 'b'; c <= 'z'; c++)
            laughs.Append(c).Append(": &").Append(c).Append(" [").Append(string.Join(", ", Enumerable.Repeat("*" + (char)(c - 1), 9))).Append("]\n");
        _billionLaughs = Encoding.UTF8.GetBytes(laughs.ToString());
        _backtrackingRegexes = Fill(i =>
            $"  s{i}:\n    say: hi\n    rubric:\n      - {{id: r, skill: courtesy, points: 1, any: [\"/^(a+)+{i}$/\"]}}\n" +
            $"    model: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\n    next: s{i + 1}\n",
            "format: 1\nid: evil\ntitle: t\nlanguage: zh-CN\nmodule: m\nsteps:\n");
        _manyBrokenSteps = Fill(i =>
            $"  s{i}:\n    say: [x]\n    rubric: []\n    rubirc: 1\n    next: nowhere{i}\n",
            "format: 1\nid: broken\ntitle: t\nlanguage: zh-CN\nmodule: m\nsteps:\n");
    }

    private static byte[] Fill(Func<int, string> line, string head = "")
    {
        var text = new StringBuilder(head);
        for (var i = 0; text.Length < 1_000_000 / 2; i++)
            text.Append(line(i));
        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        return bytes.Length <= 1024 * 1024 ? bytes : throw new InvalidOperationException("over the limit");
    }

    [Benchmark]
    public int ManyUnknownKeys() => ScenarioLoader.Load(_manyUnknownKeys, "h.yaml", _content).Diagnostics.Count;

    [Benchmark]
    public int DeepFlowNesting() => ScenarioLoader.Load(_deepFlow, "h.yaml", _content).Diagnostics.Count;

    [Benchmark]
    public int BillionLaughs() => ScenarioLoader.Load(_billionLaughs, "h.yaml", _content).Diagnostics.Count;

    [Benchmark]
    public int BacktrackingRegexes() => ScenarioLoader.Load(_backtrackingRegexes, "h.yaml", _content).Diagnostics.Count;

    [Benchmark]
    public int ManyBrokenSteps() => ScenarioLoader.Load(_manyBrokenSteps, "h.yaml", _content).Diagnostics.Count;
}
