using BenchmarkDotNet.Attributes;
using LiteDB;
using TrainingSim.Core.Progress;
using TrainingSim.Reports;
using TrainingSim.Core.Scenarios;
using TrainingSim.Core.Security;
using TrainingSim.Storage;
using TrainingSim.Tui.Models.Staff;

namespace TrainingSim.Benchmarks.Centre;

/// <summary>The lead's database of a whole centre (issue 10, item 7): 200, 600 and 2,000 trainees × 50 attempts ×
/// 10 turns (100,000, 300,000 and 1,000,000 turns). Targets: <c>report --format json</c>'s data and the cohort
/// dashboard's data in at most 1 s on 1,000,000 turns, growing no faster than linearly from 100,000.</summary>
/// <remarks>The databases are <c>$CENTRE_DIR/lead-N.db</c> as <c>bench/scripts/centre.sh</c> writes them (generated
/// there when missing; <c>$CENTRE_DIR</c> defaults to a folder in the temporary folder, left for the next run).
/// Each run works on its own copy. <c>CENTRE_TRAINEES=2,5</c> overrides the sizes (a smoke run).</remarks>
[MemoryDiagnoser]
public class CentreBenchmarks
{
    private string _copy = "";
    private LiteDbProgressStore _store = null!;
    private LiteDatabase _raw = null!;
    private ScopedProgress _lead = null!;
    private IReadOnlyList<Scenario> _catalog = [];

    [ParamsSource(nameof(Sizes))]
    public int Trainees { get; set; }

    public static IEnumerable<int> Sizes() =>
        Environment.GetEnvironmentVariable("CENTRE_TRAINEES") is { Length: > 0 } given
            ? given.Split(',').Select(int.Parse)
            : [200, 600, 2000];

    [GlobalSetup]
    public void Setup()
    {
        var folder = Environment.GetEnvironmentVariable("CENTRE_DIR") is { Length: > 0 } dir
            ? dir
            : Path.Combine(Path.GetTempPath(), "trainingsim-centre");
        Directory.CreateDirectory(folder);
        var template = Path.Combine(folder, $"lead-{Trainees}.db");
        if (!File.Exists(template))
        {
            var building = template + ".building-" + Environment.ProcessId;
            CentreWriter.Imported(building, Trainees, 50, 10);
            File.Move(building, template);
        }

        _copy = Path.Combine(folder, $"copy-{Environment.ProcessId}-{Trainees}.db");
        File.Copy(template, _copy, overwrite: true);
        _store = LiteDbProgressStore.Open(_copy);
        _raw = new LiteDatabase(new ConnectionString { Filename = _copy, Connection = ConnectionType.Shared });
        _lead = new ScopedProgress(_store, Session.ForStaff(Role.Lead));
        _catalog = CentreData.Catalog();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _raw.Dispose();
        _store.Dispose();
        File.Delete(_copy);
    }

    /// <summary>Every document of the attempts collection read once (deserialised), nothing else.</summary>
    [Benchmark(Baseline = true)]
    public int PlainScanOfAttempts() => _raw.GetCollection(ProgressBson.Attempts).FindAll().Count();

    /// <summary>What <c>report --format json</c> does after opening the file.</summary>
    [Benchmark]
    public int ReportJson() => ProgressReportWriter.Json(ProgressReportBuilder.Build(
        _store.ListTrainees(), _store.Attempts(new AttemptQuery(WithTurns: false)), AttemptQuery.All)).Length;

    /// <summary>What opening the cohort dashboard does: every trainee and attempt read, one row per trainee built.</summary>
    [Benchmark]
    public int CohortDashboard() => new CohortModel(_lead, _catalog, TimeProvider.System, "zh-CN").Rows.Count;
}
