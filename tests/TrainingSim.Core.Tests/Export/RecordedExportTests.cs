using System.Text.Json;
using TrainingSim.Interchange.Export;
using TrainingSim.Core.Progress;
using TrainingSim.Reports;
using TrainingSim.Core.Tests.Reports;

namespace TrainingSim.Core.Tests.Export;

/// <summary>Export and import of a class recorded through the real recording path.</summary>
public class RecordedExportTests
{
    private static readonly InMemoryProgressStore Store = RecordedClass.Fill();

    private static string Export(IProgressStore store) => ExportText(store.Attempts(AttemptQuery.All));

    private static string ExportText(IEnumerable<AttemptRecord> attempts)
    {
        using var buffer = new MemoryStream();
        new XapiExporter(RecordedClass.Scenarios).Write(buffer, attempts);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static XapiMergeResult Import(IProgressStore store, string text)
    {
        var importer = new XapiImporter();
        importer.Read("class.jsonl", new StringReader(text));
        return XapiMerge.Apply(importer.Finish(), store);
    }

    [Fact]
    public void Export_RecordedClass_MatchesGolden() => Golden.Match(XapiRoundTrip.Indented(RecordedClass.ScrubIds(Export(Store))));

    [Fact]
    public void Export_RecordedClass_EveryStatementFollowsTheRules()
    {
        var lines = Export(Store).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.True(lines.Length > 20);
        foreach (var line in lines)
        {
            using var statement = JsonDocument.Parse(line);
            Assert.Empty(XapiValidator.Validate(statement.RootElement));
        }
    }

    [Fact]
    public void Import_IntoEmptyStore_RebuildsEveryAttemptExactly()
    {
        var lead = new InMemoryProgressStore();

        var result = Import(lead, Export(Store));

        Assert.Equal((5, 0), (result.AttemptsNew, result.AttemptsPresent));
        Assert.Equal(
            Store.Attempts(AttemptQuery.All).Select(XapiRoundTrip.Describe),
            lead.Attempts(AttemptQuery.All).Select(XapiRoundTrip.Describe));
        Assert.Equal(
            ProgressReportWriter.Json(ProgressReportBuilder.Build([], Store.Attempts(AttemptQuery.All), AttemptQuery.All)),
            ProgressReportWriter.Json(ProgressReportBuilder.Build([], lead.Attempts(AttemptQuery.All), AttemptQuery.All)));
    }

    [Fact]
    public void Import_SameStatementsTwice_ChangesNothing()
    {
        var lead = new InMemoryProgressStore();
        var text = Export(Store);
        var first = Import(lead, text);
        var afterFirst = Export(lead);

        var second = Import(lead, text);

        Assert.Equal(afterFirst, Export(lead));
        Assert.Equal((first.Statements, 0, first.Statements), (second.Statements, second.StatementsNew, second.StatementsPresent));
        Assert.Equal((0, 5), (second.AttemptsNew, second.AttemptsPresent));
        Assert.Empty(second.NotMerged);
    }

    [Fact]
    public void Import_TwoMachines_MergesBoth()
    {
        var attempts = Store.Attempts(AttemptQuery.All);
        var lead = new InMemoryProgressStore();

        var first = Import(lead, ExportText(attempts.Where(a => a.Trainee == "王小明")));
        var second = Import(lead, ExportText(attempts.Where(a => a.Trainee != "王小明")));

        Assert.Equal((2, 3), (first.AttemptsNew, second.AttemptsNew));
        Assert.Equal(Export(Store), Export(lead));
        Assert.Equal(["alice", "波波", "王小明"], lead.ListTrainees().Select(t => t.Name));
    }

    [Fact]
    public void Import_AttemptExportedMidCallThenFinished_ContinuesTheStoredAttempt()
    {
        var finished = Store.Attempts(new AttemptQuery(Trainee: "王小明"))[0];
        var midCall = finished with { Outcome = null, EndedAt = null, Score = 0, Stars = 0, Success = false, Turns = [finished.Turns[0]] };
        var lead = new InMemoryProgressStore();
        Import(lead, ExportText([midCall]));

        var result = Import(lead, ExportText([finished]));

        Assert.Empty(result.NotMerged);
        Assert.Equal((0, 1, 1), (result.AttemptsNew, result.AttemptsPresent, result.AttemptsContinued));
        Assert.Equal(XapiRoundTrip.Describe(finished), XapiRoundTrip.Describe(lead.FindAttempt(finished.Id)!));
    }

    [Fact]
    public void Import_LaterStatementsWithoutAttempted_ContinueTheAttemptAnEarlierImportStored()
    {
        var finished = Store.Attempts(new AttemptQuery(Trainee: "王小明"))[0];
        var lines = ExportText([finished]).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var lead = new InMemoryProgressStore();
        Import(lead, string.Join('\n', lines[..2]));

        var result = Import(lead, string.Join('\n', lines[2..]));

        Assert.Equal((lines.Length - 2, 1), (result.StatementsNew, result.AttemptsContinued));
        Assert.Equal(XapiRoundTrip.Describe(finished), XapiRoundTrip.Describe(lead.FindAttempt(finished.Id)!));
    }

    [Fact]
    public void Import_LaterStatementsOfAnUnknownAttempt_NamedAndNothingStored()
    {
        var finished = Store.Attempts(new AttemptQuery(Trainee: "王小明"))[0];
        var lines = ExportText([finished]).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var lead = new InMemoryProgressStore();

        var result = Import(lead, string.Join('\n', lines[1..]));

        var unstarted = Assert.Single(result.Unstarted);
        Assert.Equal((finished.Id, lines.Length - 1), (unstarted.AttemptId, unstarted.NewStatements));
        Assert.Empty(lead.Attempts(AttemptQuery.All));
    }

    [Fact]
    public void Import_MoreOfAnAttemptThatHasEnded_KeepsStoredAndNamesIt()
    {
        var finished = Store.Attempts(new AttemptQuery(Trainee: "王小明"))[0];
        var lead = new InMemoryProgressStore();
        Import(lead, ExportText([finished]));
        var longer = finished with { Turns = [.. finished.Turns, finished.Turns[^1] with { Index = finished.Turns.Count }] };

        var result = Import(lead, ExportText([longer]));

        var notMerged = Assert.Single(result.NotMerged);
        Assert.Equal((finished.Id, "王小明", 1), (notMerged.AttemptId, notMerged.Trainee, notMerged.NewStatements));
        Assert.Equal(XapiRoundTrip.Describe(finished), XapiRoundTrip.Describe(lead.FindAttempt(finished.Id)!));
    }
}
