using TrainingSim.Interchange.Export;
using static TrainingSim.Core.Tests.Export.ExportSamples;

namespace TrainingSim.Core.Tests.Export;

public class XapiImporterTests
{
    [Fact]
    public void Finish_ExportedAttempts_RebuildsThemExactly()
    {
        var originals = new[] { Unfinished(), Completed(), HungUp() };

        var batch = XapiRoundTrip.Import(("a.jsonl", XapiRoundTrip.Export(originals)));

        Assert.Empty(batch.Errors);
        Assert.Equal(
            originals.OrderBy(a => a.StartedAt).Select(XapiRoundTrip.Describe),
            batch.Attempts.Select(XapiRoundTrip.Describe));
    }

    [Fact]
    public void Finish_SameStatementsInTwoFiles_CountsDuplicatesOnce()
    {
        var text = XapiRoundTrip.Export([Completed()]);

        var batch = XapiRoundTrip.Import(("a.jsonl", text), ("b.jsonl", text));

        Assert.Equal((10, 5, 1), (batch.Statements, batch.Duplicates, batch.Attempts.Count));
        Assert.Equal(XapiExporter.StatementIds(Completed()).ToHashSet(), batch.StatementIds[Completed().Id]);
    }

    [Fact]
    public void Finish_StatementsInAnyOrder_GroupedByRegistration()
    {
        var lines = XapiRoundTrip.Export([Completed(), HungUp()]).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        var batch = XapiRoundTrip.Import(("shuffled.jsonl", string.Join('\n', lines.Reverse())));

        Assert.Empty(batch.Errors);
        Assert.Equal(XapiRoundTrip.Describe(Completed()), XapiRoundTrip.Describe(batch.Attempts.Single(a => a.Id == Completed().Id)));
    }

    [Theory]
    [InlineData("{not json", "lab.jsonl:2: not a JSON statement (invalid JSON at column 2)")]
    [InlineData("[1, 2]", "lab.jsonl:2: a statement must be a JSON object")]
    [InlineData("{}", "lab.jsonl:2: actor is required")]
    public void Read_MalformedLine_OneErrorWithFileAndLine(string bad, string expected)
    {
        var lines = XapiRoundTrip.Export([HungUp()]).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        var batch = XapiRoundTrip.Import(("lab.jsonl", lines[0] + "\n" + bad + "\n" + string.Join('\n', lines[1..])));

        Assert.Equal([expected], batch.Errors);
    }

    [Fact]
    public void Read_StatementWithoutOurExtensions_ErrorNamesWhatIsMissing()
    {
        var line = XapiRoundTrip.Export([HungUp()]).Split('\n')[0]
            .Replace(XapiVocabulary.ModeExtension, "https://example.org/other", StringComparison.Ordinal);

        var batch = XapiRoundTrip.Import(("x.jsonl", line));

        Assert.Contains("x.jsonl:1: missing '" + XapiVocabulary.ModeExtension + "'", batch.Errors);
    }

    [Fact]
    public void Finish_NoAttemptedStatement_ReadAsAContinuation()
    {
        var lines = XapiRoundTrip.Export([HungUp()]).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        var batch = XapiRoundTrip.Import(("x.jsonl", string.Join('\n', lines[1..])));

        Assert.Empty(batch.Errors);
        Assert.Equal([HungUp().Id], batch.Continuations);
        Assert.Equal(HungUp().Outcome, Assert.Single(batch.Attempts).Outcome);
    }
}
