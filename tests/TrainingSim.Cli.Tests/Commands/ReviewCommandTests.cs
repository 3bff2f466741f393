using System.Text.Json;
using TrainingSim.Cli.Tests.Support;
using TrainingSim.Storage;

namespace TrainingSim.Cli.Tests.Commands;

/// <summary>The review loop from the command line, on a copy of the test library and a real LiteDB file: the queue,
/// accepting a reply, adding a phrase, the re-scoring and an override as <c>report --format json</c>, <c>report
/// --items</c> and <c>export</c> show them.</summary>
public sealed class ReviewCommandTests : IDisposable
{
    private const string Trainer = "trainer passphrase 2026";

    /// <summary>A good opening the test rubric underrates (its soothe item knows no 麻烦您了), then the way to the end.</summary>
    private static readonly string[] Underrated = ["真是麻烦您了，我这就帮您想办法。", "抱歉，理解您", "2"];

    private readonly TempFolder _folder = new();
    private readonly string _db;
    private readonly string _library;

    public ReviewCommandTests()
    {
        _db = _folder.File("progress.db");
        _library = _folder.File("library");
        foreach (var file in Directory.EnumerateFiles(TestFiles.Library, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_library, Path.GetRelativePath(TestFiles.Library, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose() => _folder.Dispose();

    private string HolidayFile => Path.Combine(_library, "zh-CN", "complaints", "holiday-bill-payment.yaml");

    private CliResult Run(params string[] args) =>
        InProcessCli.RunIn(InProcessCli.Environment() with { StaffPassphraseVariable = Trainer }, "",
            [.. args, "--db", _db, "--content", TestFiles.Content, "--scenarios", _library, "--lang", "en"]);

    private void Play(string trainee, params string[] replies) =>
        Assert.Equal(0, InProcessCli.RunWithInput(string.Join('\n', replies) + "\n", "play", "holiday-bill-payment", "--replies", "-",
            "--trainee", trainee, "--db", _db, "--content", TestFiles.Content, "--scenarios", _library).ExitCode);

    private void SetTrainerPassphrase() =>
        Assert.Equal(0, InProcessCli.RunWithInput($"{Trainer}\n{Trainer}\n", "staff", "passphrase", "--role", "trainer", "--db", _db).ExitCode);

    private JsonElement ReviewJson()
    {
        var list = Run("review", "list", "--format", "json");
        Assert.Equal(0, list.ExitCode);
        return JsonDocument.Parse(list.Out).RootElement.Clone();
    }

    [Fact]
    public void List_NothingRecorded_SaysWhatWouldFillIt()
    {
        var result = Run("review", "list");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("No replies to review. The queue fills with real trainees' replies", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void List_AnUnderratedReply_IsQueuedAtItsStepWithWhatItMissed()
    {
        Play("李娜", Underrated);

        var step = ReviewJson().GetProperty("steps").EnumerateArray().Single();
        var reply = step.GetProperty("replies").EnumerateArray().Single();
        Assert.Equal(("holiday-bill-payment", "opening", 80), (step.GetProperty("scenario").GetString(), step.GetProperty("step").GetString(), step.GetProperty("pass_mark").GetInt32()));
        Assert.Equal((1, "李娜", "真是麻烦您了，我这就帮您想办法。"), (reply.GetProperty("turn").GetInt32(), reply.GetProperty("trainee").GetString(), reply.GetProperty("reply").GetString()));
        Assert.Equal(["soothe"], reply.GetProperty("missed").EnumerateArray().Select(e => e.GetString()));
        Assert.False(reply.GetProperty("accepted").GetBoolean());
    }

    [Fact]
    public void AcceptThenAddPhrase_RescoresAndReportAndExportShowBothScores()
    {
        SetTrainerPassphrase();
        Play("李娜", Underrated);
        var reply = ReviewJson().GetProperty("steps")[0].GetProperty("replies")[0];
        var handle = reply.GetProperty("handle").GetString()!;
        var turnScore = reply.GetProperty("recorded_score").GetInt32();
        var before = JsonDocument.Parse(Run("report", "--format", "json").Out).RootElement.GetProperty("trainees")[0].GetProperty("average_score").GetInt32();

        var accepted = Run("review", "accept", handle, "1");
        var added = Run("review", "add-phrase", "holiday-bill-payment", "opening", "soothe", "麻烦您了");

        Assert.Equal(0, accepted.ExitCode);
        Assert.Contains(": added as a good example of step opening", accepted.OutLines[0], StringComparison.Ordinal);
        Assert.StartsWith($"as a good example it scores {turnScore}, below the step's 80", accepted.OutLines[1], StringComparison.Ordinal);
        Assert.Equal(0, added.ExitCode);
        Assert.Equal("re-scored 1 attempts; 0 unchanged", added.OutLines[1]);
        Assert.Contains("        - 真是麻烦您了，我这就帮您想办法。", File.ReadAllText(HolidayFile), StringComparison.Ordinal);
        Assert.Contains("any: [\"@apology\", 理解您, 别着急, 麻烦您了]", File.ReadAllText(HolidayFile), StringComparison.Ordinal);

        var report = JsonDocument.Parse(Run("report", "--format", "json").Out).RootElement;
        var adjusted = report.GetProperty("adjusted").EnumerateArray().Single();
        var after = report.GetProperty("trainees")[0].GetProperty("average_score").GetInt32();
        Assert.True(after > before, $"{before} → {after}");
        Assert.Equal(before, adjusted.GetProperty("first_score").GetInt32());
        Assert.Equal(after, adjusted.GetProperty("score").GetInt32());
        Assert.Equal(after, adjusted.GetProperty("rescored").GetProperty("score").GetInt32());
        Assert.NotEqual(adjusted.GetProperty("first_version").GetString(), adjusted.GetProperty("rescored").GetProperty("version").GetString());
        Assert.Equal(JsonValueKind.Null, adjusted.GetProperty("override").ValueKind);
        Assert.Equal(0, ReviewJson().GetProperty("steps").GetArrayLength());

        var statements = Export();
        var judged = statements.Single(s => s.GetProperty("verb").GetProperty("id").GetString()!.EndsWith("/passed", StringComparison.Ordinal)
                                            || s.GetProperty("verb").GetProperty("id").GetString()!.EndsWith("/failed", StringComparison.Ordinal));
        Assert.Equal(after, judged.GetProperty("result").GetProperty("score").GetProperty("raw").GetInt32());
        var review = judged.GetProperty("result").GetProperty("extensions").GetProperty("https://trainingsim.example/xapi/extensions/score-review");
        Assert.Equal(before, review.GetProperty("original_score").GetInt32());
        Assert.Equal(after, review.GetProperty("rescored_score").GetInt32());
        var opening = statements.First(s => s.GetProperty("verb").GetProperty("id").GetString()!.EndsWith("/answered", StringComparison.Ordinal));
        Assert.Equal(turnScore, opening.GetProperty("result").GetProperty("extensions").GetProperty("https://trainingsim.example/xapi/extensions/turn").GetProperty("original_score").GetInt32());
    }

    [Fact]
    public void Override_ByTheTrainer_ReportExportAndItemsUseIt()
    {
        SetTrainerPassphrase();
        Play("李娜", Underrated);
        var handle = ReviewJson().GetProperty("steps")[0].GetProperty("replies")[0].GetProperty("handle").GetString()!;
        var scored = JsonDocument.Parse(Run("report", "--format", "json").Out).RootElement.GetProperty("trainees")[0].GetProperty("average_score").GetInt32();

        var result = Run("attempt", "override", handle, "--score", "95", "--comment", "安抚到位，只是措辞不在规则里");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"score set to 95 by the trainer on ", result.OutLines[1].Trim()[..34]);
        var report = JsonDocument.Parse(Run("report", "--format", "json").Out).RootElement;
        var trainee = report.GetProperty("trainees")[0];
        Assert.Equal((95, 1), (trainee.GetProperty("average_score").GetInt32(), trainee.GetProperty("passed").GetInt32()));
        var given = report.GetProperty("adjusted")[0].GetProperty("override");
        Assert.Equal((95, scored, "trainer", "安抚到位，只是措辞不在规则里"),
            (given.GetProperty("score").GetInt32(), given.GetProperty("scored").GetInt32(), given.GetProperty("by").GetString(), given.GetProperty("comment").GetString()));
        Assert.Equal(scored, report.GetProperty("adjusted")[0].GetProperty("first_score").GetInt32());

        var review = Export().Single(s => s.GetProperty("verb").GetProperty("id").GetString()!.EndsWith("/passed", StringComparison.Ordinal))
            .GetProperty("result").GetProperty("extensions").GetProperty("https://trainingsim.example/xapi/extensions/score-review");
        Assert.Equal(("trainer", scored), (review.GetProperty("override").GetProperty("by").GetString(), review.GetProperty("original_score").GetInt32()));

        var items = JsonDocument.Parse(Run("report", "--items", "--format", "json").Out).RootElement.GetProperty("scenarios")[0];
        Assert.Equal((1, 95, 1), (items.GetProperty("overridden").GetInt32(), items.GetProperty("average_score").GetInt32(), items.GetProperty("passed").GetInt32()));
        var soothe = items.GetProperty("steps")[0].GetProperty("items").EnumerateArray().Single(i => i.GetProperty("item").GetString() == "soothe");
        Assert.Equal((1, 1), (soothe.GetProperty("missed").GetInt32(), soothe.GetProperty("missed_overridden").GetInt32()));
    }

    [Fact]
    public void Override_ThenRescore_KeepsTheOverrideAndTracksTheRubricScore()
    {
        Play("李娜", Underrated);
        var handle = ReviewJson().GetProperty("steps")[0].GetProperty("replies")[0].GetProperty("handle").GetString()!;
        Assert.Equal(0, Run("attempt", "override", handle, "--score", "95", "--comment", "good").ExitCode);

        Assert.Equal(0, Run("review", "add-phrase", "holiday-bill-payment", "opening", "soothe", "麻烦您了").ExitCode);

        var adjusted = JsonDocument.Parse(Run("report", "--format", "json").Out).RootElement.GetProperty("adjusted")[0];
        Assert.Equal(95, adjusted.GetProperty("score").GetInt32());
        Assert.Equal("staff", adjusted.GetProperty("override").GetProperty("by").GetString());
        Assert.Equal(adjusted.GetProperty("rescored").GetProperty("score").GetInt32(), adjusted.GetProperty("override").GetProperty("scored").GetInt32());
        Assert.True(adjusted.GetProperty("first_score").GetInt32() < adjusted.GetProperty("rescored").GetProperty("score").GetInt32());
    }

    [LrsFact(shared: false)]
    public void Export_OfAdjustedAttempts_PassesLearningLockersValidator()
    {
        Play("李娜", Underrated);
        var handle = ReviewJson().GetProperty("steps")[0].GetProperty("replies")[0].GetProperty("handle").GetString()!;
        Assert.Equal(0, Run("review", "add-phrase", "holiday-bill-payment", "opening", "soothe", "麻烦您了").ExitCode);
        Assert.Equal(0, Run("attempt", "override", handle, "--score", "95", "--comment", "安抚到位").ExitCode);
        var export = Run("export", "--out", "-");

        Assert.Equal($"{export.OutLines.Count} valid, 0 invalid", XapiValidation.Validate(export.Out));
    }

    [Fact]
    public void Export_OfAdjustedAttempts_ImportsBackTheSame()
    {
        Play("李娜", Underrated);
        var handle = ReviewJson().GetProperty("steps")[0].GetProperty("replies")[0].GetProperty("handle").GetString()!;
        Assert.Equal(0, Run("review", "add-phrase", "holiday-bill-payment", "opening", "soothe", "麻烦您了").ExitCode);
        Assert.Equal(0, Run("attempt", "override", handle, "--score", "95", "--comment", "good").ExitCode);
        var export = _folder.File("export.jsonl");
        Assert.Equal(0, Run("export", "--out", export).ExitCode);

        var other = _folder.File("other.db");
        Assert.Equal(0, InProcessCli.Run("import", export, "--db", other).ExitCode);

        using var original = LiteDbProgressStore.OpenForReading(_db);
        using var imported = LiteDbProgressStore.OpenForReading(other);
        var a = original.Attempts(Core.Progress.AttemptQuery.All).Single();
        var b = imported.Attempts(Core.Progress.AttemptQuery.All).Single();
        Assert.Equal(a.Rescore, b.Rescore);
        Assert.Equal(a.Override, b.Override);
        Assert.Equal(a.Turns.Select(t => t.OriginalScore), b.Turns.Select(t => t.OriginalScore));
    }

    [Fact]
    public void Accept_AChoiceTurnOrAnUnknownAttempt_OneLineAndNothingChanges()
    {
        Play("李娜", Underrated);
        var handle = ReviewJson().GetProperty("steps")[0].GetProperty("replies")[0].GetProperty("handle").GetString()!;
        var before = File.ReadAllText(HolidayFile);

        var choice = Run("review", "accept", handle, "3");
        var unknown = Run("review", "accept", "ffffffff", "1");
        var step = Run("review", "add-phrase", "holiday-bill-payment", "nowhere", "soothe", "x");

        Assert.Equal((2, "trainingsim: error: turn 3 answered the choice step locate: only free-text replies can be accepted"), (choice.ExitCode, choice.ErrorLines.Single()));
        Assert.Equal(1, unknown.ExitCode);
        Assert.Single(unknown.ErrorLines);
        Assert.Equal(1, step.ExitCode);
        Assert.EndsWith("the scenario has no step nowhere", step.ErrorLines.Single(), StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(HolidayFile));
        Assert.False(choice.HasStackTrace || unknown.HasStackTrace || step.HasStackTrace);
    }

    [Fact]
    public void Review_WithAPassphraseSet_NeedsIt()
    {
        SetTrainerPassphrase();

        var result = InProcessCli.RunIn(InProcessCli.Environment() with { StaffPassphraseVariable = "a trainee's guess" }, "",
            "review", "list", "--db", _db, "--content", TestFiles.Content, "--scenarios", _library, "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("trainingsim: error: wrong staff passphrase", result.ErrorLines[^1], StringComparison.Ordinal);
    }

    private List<JsonElement> Export()
    {
        var export = Run("export", "--out", "-");
        Assert.Equal(0, export.ExitCode);
        return [.. export.OutLines.Select(l => JsonDocument.Parse(l).RootElement.Clone())];
    }
}
