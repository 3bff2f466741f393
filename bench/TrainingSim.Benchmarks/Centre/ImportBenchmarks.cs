using System.Text;
using BenchmarkDotNet.Attributes;
using TrainingSim.Interchange.Export;
using TrainingSim.Storage;

namespace TrainingSim.Benchmarks.Centre;

/// <summary><c>import</c> of a generated centre's statements (as <c>export</c> writes them) into an empty
/// database, in its two parts: reading and checking the statements (<see cref="XapiImporter"/>), and merging the
/// attempts into the store (<see cref="XapiMerge"/>). Target: at least 50,000 statements a second, whole.
/// 200 trainees × 50 attempts × 10 turns = 129,001 statements; <c>CENTRE_IMPORT_TRAINEES</c> overrides.</summary>
[MemoryDiagnoser]
public class ImportBenchmarks
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "trainingsim-import-" + Environment.ProcessId);
    private string _statements = "";
    private XapiImportBatch _batch = null!;
    private string _database = "";

    public static int Trainees =>
        int.TryParse(Environment.GetEnvironmentVariable("CENTRE_IMPORT_TRAINEES"), out var n) && n > 0 ? n : 200;

    [GlobalSetup]
    public void Setup()
    {
        Directory.CreateDirectory(_folder);
        using var text = new MemoryStream();
        new XapiExporter().Write(text, CentreData.ByTrainee(Trainees, 50, 10).SelectMany(a => a).ToList());
        _statements = Encoding.UTF8.GetString(text.ToArray());
        _batch = Read();
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [IterationSetup]
    public void NewDatabase() => _database = Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".db");

    /// <summary>Reading and checking every statement, attempts rebuilt: nothing stored.</summary>
    [Benchmark]
    public int ReadStatements() => Read().Statements;

    /// <summary>Merging the attempts read into an empty database.</summary>
    [Benchmark]
    public int MergeIntoStore()
    {
        using var store = LiteDbProgressStore.Open(_database);
        return XapiMerge.Apply(_batch, store).StatementsNew;
    }

    /// <summary>What <c>import</c> does after reading its files: read, check, merge.</summary>
    [Benchmark]
    public int Import()
    {
        using var store = LiteDbProgressStore.Open(_database);
        return XapiMerge.Apply(Read(), store).StatementsNew;
    }

    private XapiImportBatch Read()
    {
        var importer = new XapiImporter();
        importer.Read("centre.jsonl", new StringReader(_statements));
        return importer.Finish();
    }
}
