using BenchmarkDotNet.Attributes;
using LiteDB;
using TrainingSim.Benchmarks.Centre;
using TrainingSim.Core.Scenarios;
using TrainingSim.Core.Security;
using TrainingSim.Storage;
using TrainingSim.Tui.Models.Staff;

namespace TrainingSim.Benchmarks;

/// <summary>The team lead's dashboard and a trainee's drill-down over the generated database of 200 trainees ×
/// 50 attempts × 10 turns (<see cref="ReportBenchmarkData"/>). Target: the dashboard's data in under 300 ms
/// and at most 3× a plain scan of the attempts collection in the same run.</summary>
[MemoryDiagnoser]
public class CohortDashboardBenchmarks
{
    private string _folder = "";
    private LiteDbProgressStore _store = null!;
    private LiteDatabase _raw = null!;
    private ScopedProgress _lead = null!;
    private ScopedProgress _inMemory = null!;
    private IReadOnlyList<Scenario> _catalog = [];

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "trainingsim-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        var path = Path.Combine(_folder, "progress.db");
        ReportBenchmarkData.Write(path, ReportBenchmarkData.Attempts());
        _store = LiteDbProgressStore.Open(path);
        _raw = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Shared });
        _lead = new ScopedProgress(_store, Session.ForStaff(Role.Lead));
        var memory = new Core.Progress.InMemoryProgressStore();
        memory.ImportAttempts(ReportBenchmarkData.Attempts().Select(a => a with { Turns = [] }));
        _inMemory = new ScopedProgress(memory, Session.ForStaff(Role.Lead));
        _catalog = CentreData.Catalog();
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

    /// <summary>What opening the dashboard does: every trainee and attempt read, one row per trainee built.</summary>
    [Benchmark]
    public int CohortDashboard() =>
        new CohortModel(_lead, _catalog, TimeProvider.System, "zh-CN").Rows.Count;

    /// <summary>The dashboard's own part: rows built from attempts already in memory.</summary>
    [Benchmark]
    public int CohortDashboardFromMemory() =>
        new CohortModel(_inMemory, _catalog, TimeProvider.System, "zh-CN").Rows.Count;

    /// <summary>The store's part of the dashboard: trainees and attempts without turns.</summary>
    [Benchmark]
    public int StoreReadsForDashboard() =>
        _lead.Trainees().Count + _lead.Attempts(new Core.Progress.AttemptQuery(WithTurns: false)).Count;

    /// <summary>What opening one trainee does: their attempts, trend, skills against their cohort, flags.</summary>
    [Benchmark]
    public int TraineeDrillDown() =>
        new TraineeDetailModel(_lead, _store.FindTrainee(CentreData.TraineeName(42))!, _catalog, new(), "zh-CN", TimeProvider.System).Attempts.Count;
}
