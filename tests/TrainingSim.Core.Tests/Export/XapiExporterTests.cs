using System.Text.Json;
using TrainingSim.Interchange.Export;
using TrainingSim.Core.Tests.Reports;
using static TrainingSim.Core.Tests.Export.ExportSamples;

namespace TrainingSim.Core.Tests.Export;

public class XapiExporterTests
{
    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void Write_Attempts_EveryStatementFollowsTheRules()
    {
        foreach (var line in Lines(XapiRoundTrip.Export([Completed(), Unfinished(), HungUp()])))
        {
            using var statement = JsonDocument.Parse(line);
            Assert.Empty(XapiValidator.Validate(statement.RootElement));
        }
    }

    [Fact]
    public void Write_CompletedAttempt_AttemptedAnsweredCompletedPassed()
    {
        var verbs = Lines(XapiRoundTrip.Export([Completed()]))
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("verb").GetProperty("id").GetString());

        Assert.Equal([XapiVocabulary.Attempted, XapiVocabulary.Answered, XapiVocabulary.Answered,
            XapiVocabulary.Completed, XapiVocabulary.Passed], verbs);
    }

    [Fact]
    public void Write_HungUpWithoutStars_Failed_UnfinishedAttempt_Terminated()
    {
        var verbs = Lines(XapiRoundTrip.Export([HungUp(), Unfinished()]))
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("verb").GetProperty("id").GetString());

        Assert.Equal([XapiVocabulary.Attempted, XapiVocabulary.Completed, XapiVocabulary.Failed,
            XapiVocabulary.Attempted, XapiVocabulary.Answered, XapiVocabulary.Terminated], verbs);
    }

    [Fact]
    public void Write_SameAttemptTwice_SameStatementIds()
    {
        var first = XapiRoundTrip.Export([Completed()]);
        var second = XapiRoundTrip.Export([Completed()]);

        Assert.Equal(first, second);
        Assert.Equal(
            XapiExporter.StatementIds(Completed()).Select(id => id.ToString("D")),
            Lines(first).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()));
        Assert.Equal(5, Lines(first).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).Distinct().Count());
    }

    [Fact]
    public void Write_AnsweredStatement_CarriesScoreResponseDurationAndContext()
    {
        using var answered = JsonDocument.Parse(Lines(XapiRoundTrip.Export([Completed()]))[1]);
        var root = answered.RootElement;

        Assert.Equal("https://trainingsim.example/xapi/scenarios/holiday-bill-payment/steps/opening",
            root.GetProperty("object").GetProperty("id").GetString());
        var result = root.GetProperty("result");
        Assert.Equal(0.67m, result.GetProperty("score").GetProperty("scaled").GetDecimal());
        Assert.Equal("PT12.25S", result.GetProperty("duration").GetString());
        Assert.Equal("王先生您好，\"别着急\"，我来帮您查一下。", result.GetProperty("response").GetString());
        var context = root.GetProperty("context");
        Assert.Equal("0b7c3a52-54a8-4c5e-9f3e-6f1f2b0c9d11", context.GetProperty("registration").GetString());
        Assert.Equal("2026-11", context.GetProperty("extensions").GetProperty(XapiVocabulary.CohortExtension).GetString());
        Assert.Equal("3f2a9c", context.GetProperty("extensions").GetProperty(XapiVocabulary.ScenarioVersionExtension).GetString());
        Assert.Equal("王小明", root.GetProperty("actor").GetProperty("account").GetProperty("name").GetString());
    }

    [Fact]
    public void Write_Attempts_MatchesGolden() =>
        Golden.Match(XapiRoundTrip.Indented(XapiRoundTrip.Export([Completed(), Unfinished(), HungUp()])));
}
