using BenchmarkDotNet.Attributes;
using LiteDB;
using TrainingSim.Core.Conversations;
using TrainingSim.Core.Progress;
using TrainingSim.Storage;

namespace TrainingSim.Benchmarks;

/// <summary>The progress database at classroom scale: 200 trainees × 50 attempts × 10 turns (100,000 turns).
/// Storing one turn (what each answer costs, with and without the checkpoint that makes it survive kill -9),
/// opening the file, and reading every attempt (with and without turns) or one trainee's.</summary>
/// <remarks>Run: <c>dotnet run -c Release --project bench/TrainingSim.Benchmarks -- --filter '*Storage*' --job short</c></remarks>
[MemoryDiagnoser]
public class StorageBenchmarks
{
    public const int Trainees = 200;
    public const int AttemptsPerTrainee = 50;
    public const int TurnsPerAttempt = 10;

    private static readonly DateTimeOffset Epoch = new(2026, 9, 1, 9, 0, 0, TimeSpan.FromHours(8));
    private string _folder = "";
    private LiteDbProgressStore _store = null!;
    private LiteDatabase _raw = null!;
    private Guid _openAttempt;
    private int _nextTurn;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "trainingsim-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        var path = Path.Combine(_folder, "progress.db");
        File.Copy(Template(), path);
        _store = LiteDbProgressStore.Open(path);
        _raw = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Shared });
        _openAttempt = Guid.NewGuid();
        _store.StartAttempt(new AttemptRecord
        {
            Id = _openAttempt, Trainee = "trainee-000", Cohort = "cohort-0", ScenarioId = "scenario-00",
            ScenarioVersion = "v1", Mode = PlayMode.Practice, StartedAt = DateTimeOffset.UtcNow,
        });
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _store.Dispose();
        _raw.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Description = "RecordTurn (100k turns)")]
    public void RecordTurn() => _store.RecordTurn(_openAttempt, Turn(_nextTurn++, DateTimeOffset.UtcNow));

    /// <summary>Baseline: LiteDB alone inserting the same document in shared mode (no check, no checkpoint).</summary>
    [Benchmark(Description = "Baseline: raw shared-mode insert of a turn document")]
    public void RawInsert() =>
        _raw.GetCollection(ProgressBson.Turns).Insert(ProgressBson.ToDocument(_openAttempt, Turn(_nextTurn++, DateTimeOffset.UtcNow)));

    /// <summary>Baseline: LiteDB alone scanning every turn document.</summary>
    [Benchmark(Description = "Baseline: raw scan of the 100k turn documents")]
    public int RawTurnScan() => _raw.GetCollection(ProgressBson.Turns).FindAll().Count();

    /// <summary>Baseline: LiteDB alone scanning every attempt document.</summary>
    [Benchmark(Description = "Baseline: raw scan of the 10,000 attempt documents")]
    public int RawAttemptScan() => _raw.GetCollection(ProgressBson.Attempts).FindAll().Count();

    [Benchmark(Description = "Open the 100k-turn file")]
    public void Open() => LiteDbProgressStore.Open(_store.FilePath).Dispose();

    [Benchmark(Description = "All 10,000 attempts with 100k turns")]
    public int AllAttemptsWithTurns() => _store.Attempts(AttemptQuery.All).Count;

    [Benchmark(Description = "All 10,000 attempts, no turns")]
    public int AllAttemptsWithoutTurns() => _store.Attempts(AttemptQuery.All with { WithTurns = false }).Count;

    [Benchmark(Description = "One trainee's 50 attempts with turns")]
    public int OneTraineeWithTurns() => _store.Attempts(new AttemptQuery(Trainee: "trainee-123")).Count;

    /// <summary>A generated database, built once per machine and copied for each run.</summary>
    private static string Template()
    {
        var path = Path.Combine(Path.GetTempPath(), $"trainingsim-bench-template-v{LiteDbProgressStore.SchemaVersion}-{Trainees}x{AttemptsPerTrainee}x{TurnsPerAttempt}.db");
        if (File.Exists(path))
            return path;
        var building = path + ".building-" + Environment.ProcessId;
        using (var store = LiteDbProgressStore.Open(building))
        {
            var random = new Random(42);
            for (var t = 0; t < Trainees; t++)
                store.ImportAttempts(Enumerable.Range(0, AttemptsPerTrainee).Select(a => Attempt(t, a, random)).ToList());
        }

        File.Move(building, path, overwrite: true);
        return path;
    }

    private static AttemptRecord Attempt(int trainee, int number, Random random)
    {
        var start = Epoch.AddDays(number % 40).AddMinutes(trainee);
        var id = Guid.NewGuid();
        var score = random.Next(20, 101);
        return new AttemptRecord
        {
            Id = id,
            Trainee = $"trainee-{trainee:000}",
            Cohort = $"cohort-{trainee % 8}",
            ScenarioId = $"scenario-{number % 24:00}",
            ScenarioVersion = "sha256:0123456789abcdef",
            Mode = number % 5 == 0 ? PlayMode.Exam : PlayMode.Practice,
            StartedAt = start,
            EndedAt = start.AddMinutes(6),
            Outcome = number % 10 == 9 ? Outcomes.Abandoned : "resolved",
            Success = true,
            Score = score,
            Stars = score / 30,
            Skills = new Dictionary<string, int> { ["empathy"] = score, ["courtesy"] = 90, ["solution"] = 70 },
            Turns = [.. Enumerable.Range(0, TurnsPerAttempt).Select(i => Turn(i, start.AddSeconds(30 * i)))],
        };
    }

    private static TurnRecord Turn(int index, DateTimeOffset at) => new()
    {
        Index = index,
        StepId = $"step-{index % 10}",
        Reply = "王先生您好，非常抱歉让您着急了，我马上帮您查一下这笔费用的情况，请您稍等。",
        SecondsTaken = 21.5,
        Matched = ["soothe", "house.honorific", "verify"],
        Missed = ["new-year"],
        Score = 80,
        Net = 8,
        Maximum = 10,
        Skills = new Dictionary<string, SkillTally> { ["empathy"] = new(3, 3), ["courtesy"] = new(5, 7) },
        MoodAfter = 55,
        NextStepId = "next",
        AnsweredAt = at,
    };
}
