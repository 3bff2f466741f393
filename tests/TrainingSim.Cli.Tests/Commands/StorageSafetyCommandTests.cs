using System.Text.Json;
using System.Text.Json.Nodes;
using TrainingSim.Cli.Tests.Support;

namespace TrainingSim.Cli.Tests.Commands;

/// <summary>The command-line side of issue 9's storage and hostile-data items, on real files: output targets,
/// odd --db values, import from standard input and folders, import ranges and conflicts, CSV formulas,
/// db recover, the reply limit, and the terminal rule.</summary>
public class StorageSafetyCommandTests
{
    [Fact]
    public void Export_OntoTheDatabaseOrAnExistingFile_RefusedAndNothingChanged()
    {
        using var folder = new TempFolder();
        var db = ReportCommandsFixture.Create(folder);
        var before = File.ReadAllBytes(db);
        File.WriteAllText(folder.File("old.jsonl"), "old");

        var ontoDatabase = InProcessCli.Run("export", "--db", db, "--out", db);
        var ontoExisting = InProcessCli.Run("export", "--db", db, "--out", folder.File("old.jsonl"));
        var forced = InProcessCli.Run("export", "--db", db, "--out", folder.File("old.jsonl"), "--force");

        Assert.Equal((2, 2, 0), (ontoDatabase.ExitCode, ontoExisting.ExitCode, forced.ExitCode));
        Assert.Contains("not written", ontoDatabase.Error, StringComparison.Ordinal);
        Assert.Contains("--force", ontoExisting.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(db));
        Assert.Equal(12, File.ReadAllLines(folder.File("old.jsonl")).Length);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/dev/null")]
    public void OddDbValue_UsageError(string db)
    {
        var result = InProcessCli.Run("trainee", "list", "--db", db);

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.ErrorLines);
    }

    [Fact]
    public void Import_FromStandardInputAndFromAFolder()
    {
        using var folder = new TempFolder();
        var db = ReportCommandsFixture.Create(folder);
        Directory.CreateDirectory(folder.File("in"));
        InProcessCli.Run("export", "--db", db, "--out", folder.File("in/class.jsonl"));
        File.WriteAllText(folder.File("in/notes.txt"), "not an export");

        var fromStdin = InProcessCli.RunWithInput(File.ReadAllText(folder.File("in/class.jsonl")), "import", "--db", folder.File("a.db"), "-");
        var fromFolder = InProcessCli.Run("import", "--db", folder.File("b.db"), folder.File("in"));

        Assert.Equal((0, 0), (fromStdin.ExitCode, fromFolder.ExitCode));
        Assert.Equal("12 statements: 12 new, 0 already present; 3 attempts: 3 new, 0 already present", fromStdin.LastOutLine);
        Assert.Equal(fromStdin.LastOutLine, fromFolder.LastOutLine);
    }

    [Theory]
    [InlineData("stars", 99)]
    [InlineData("score", 2147483647)]
    public void Import_ValueOutOfRange_RefusedNamingTheLine(string field, int value)
    {
        using var folder = new TempFolder();
        var db = ReportCommandsFixture.Create(folder);
        InProcessCli.Run("export", "--db", db, "--out", folder.File("class.jsonl"));
        var lines = File.ReadAllLines(folder.File("class.jsonl"));
        var index = Array.FindIndex(lines, l => l.Contains("\"stars\"", StringComparison.Ordinal));
        var statement = JsonNode.Parse(lines[index])!;
        var attempt = statement["result"]!["extensions"]!.AsObject().First(e => e.Value!["stars"] is not null).Value!;
        attempt[field] = value;
        lines[index] = statement.ToJsonString();
        File.WriteAllLines(folder.File("bad.jsonl"), lines);

        var result = InProcessCli.Run("import", "--db", folder.File("new.db"), folder.File("bad.jsonl"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"bad.jsonl:{index + 1}: {field} is {value}, outside", result.Error, StringComparison.Ordinal);
        Assert.Contains("nothing was imported", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_SameStatementIdWithOtherContent_ConflictExit1NothingImported()
    {
        using var folder = new TempFolder();
        var db = ReportCommandsFixture.Create(folder);
        InProcessCli.Run("export", "--db", db, "--out", folder.File("class.jsonl"));
        var lines = File.ReadAllLines(folder.File("class.jsonl"));
        var answered = lines.First(l => l.Contains("\"response\"", StringComparison.Ordinal));
        var tampered = JsonNode.Parse(answered)!;
        tampered["result"]!["response"] = "tampered";
        File.WriteAllLines(folder.File("both.jsonl"), [.. lines, tampered.ToJsonString()]);

        var result = InProcessCli.Run("import", "--db", folder.File("new.db"), folder.File("both.jsonl"));
        var report = InProcessCli.Run("report", "--db", folder.File("new.db"), "--format", "json");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("appears again with other content", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, JsonDocument.Parse(report.Out).RootElement.GetProperty("trainees").GetArrayLength());
    }

    [Fact]
    public void ReportCsv_NameLikeAFormula_CellStaysText()
    {
        using var folder = new TempFolder();
        var db = folder.File("p.db");
        InProcessCli.Run("trainee", "add", "=HYPERLINK(\"http://x\",\"y\")", "--db", db);

        var csv = InProcessCli.Run("report", "--db", db, "--format", "csv");

        Assert.Contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"", csv.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(csv.OutLines, line => line.StartsWith('=') || line.StartsWith("\"=", StringComparison.Ordinal));
    }

    [Fact]
    public void DbRecover_SoundDatabase_CopiesEverythingAndSaysNothingWasLost()
    {
        using var folder = new TempFolder();
        var db = ReportCommandsFixture.Create(folder);
        var before = File.ReadAllBytes(db);

        var recover = InProcessCli.Run("db", "recover", "--db", db, "--out", folder.File("copy.db"));
        var check = InProcessCli.Run("db", "check", "--db", folder.File("copy.db"));

        Assert.Equal((0, 0), (recover.ExitCode, check.ExitCode));
        Assert.Contains("everything was readable", recover.LastOutLine, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(db));
        Assert.Equal(InProcessCli.Run("report", "--db", db, "--format", "json").Out,
            InProcessCli.Run("report", "--db", folder.File("copy.db"), "--format", "json").Out);
    }

    [Fact]
    public void Play_ReplyOverTheLimit_OneLineExit2()
    {
        var result = InProcessCli.RunWithInput(new string('x', 100_000) + "\n", "play", "en-holiday-cutoff", "--replies", "-");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("longer than 2000 characters", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void TerminalWriter_EscapeSequences_ShownAsSymbols()
    {
        using var inner = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        using (var writer = new TerminalWriter(inner))
        {
            writer.WriteLine("\u001b]0;pwned\u0007 name");
            writer.Write("\u001b[6n\u009b31m\r\n");
        }

        Assert.Equal("␛]0;pwned␇ name" + Environment.NewLine + "␛[6n\uFFFD31m\r\n", inner.ToString());
    }
}
