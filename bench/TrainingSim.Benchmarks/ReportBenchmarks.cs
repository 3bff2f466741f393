using BenchmarkDotNet.Attributes;
using LiteDB;
using TrainingSim.Interchange.Export;
using TrainingSim.Core.Progress;
using TrainingSim.Reports;
using TrainingSim.Storage;

namespace TrainingSim.Benchmarks;

/// <summary>The team lead's report and the export over a generated database of 200 trainees × 50 attempts ×
/// 10 turns. Targets: <c>report --format json</c>'s data in under 300 ms and at most 3× a plain scan of the
/// attempts collection in the same run; export at over 50,000 statements a second (130,000 statements here:
/// attempted + 10 answered + 2 closing per attempt, fewer for abandoned ones).</summary>
[MemoryDiagnoser]
public class ReportBenchmarks
{
    private string _folder = "";
    private LiteDbProgressStore _store = null!;
    private LiteDatabase _raw = null!;
    private IReadOnlyList<AttemptRecord> _attempts = [];
    private IReadOnlyList<AttemptRecord> _attemptsWithoutTurns = [];

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "trainingsim-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        var path = Path.Combine(_folder, "progress.db");
        _attempts = ReportBenchmarkData.Attempts();
        _attemptsWithoutTurns = [.. _attempts.Select(a => a with { Turns = [] })];
        ReportBenchmarkData.Write(path, _attempts);
        _store = LiteDbProgressStore.Open(path);
        _raw = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Shared });
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _raw.Dispose();
        _store.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>Every document of the attempts collection read once (deserialised), nothing else.</summary>
    [Benchmark(Baseline = true)]
    public int PlainScanOfAttempts() => _raw.GetCollection(ProgressBson.Attempts).FindAll().Count();

    /// <summary>What <c>report --format json</c> does: trainees and attempts (without turns) from the store,
    /// the report built and rendered as JSON.</summary>
    [Benchmark]
    public int ReportJson()
    {
        var report = ProgressReportBuilder.Build(
            _store.ListTrainees(), _store.Attempts(new AttemptQuery(WithTurns: false)), AttemptQuery.All);
        return ProgressReportWriter.Json(report).Length;
    }

    /// <summary>The store's part of the report: trainees and attempts without turns.</summary>
    [Benchmark]
    public int StoreReadsForReport() => _store.ListTrainees().Count + _store.Attempts(new AttemptQuery(WithTurns: false)).Count;

    /// <summary>The report's own part: built from attempts in memory and rendered as JSON.</summary>
    [Benchmark]
    public int ReportFromMemory() =>
        ProgressReportWriter.Json(ProgressReportBuilder.Build([], _attemptsWithoutTurns, AttemptQuery.All)).Length;

    /// <summary>What <c>export</c> does: every attempt with its turns from the store, written as statements.</summary>
    [Benchmark]
    public long ExportFromDatabase() => new XapiExporter().Write(Stream.Null, _store.Attempts(AttemptQuery.All));

    /// <summary>The statements alone, from attempts already in memory.</summary>
    [Benchmark]
    public long ExportStatements() => new XapiExporter().Write(Stream.Null, _attempts);
}
