using TrainingSim.Core.Progress;
using TrainingSim.Reports;

namespace TrainingSim.Core.Tests.Reports;

/// <summary>Reports of a class recorded through the real recording path, as golden files.</summary>
public class RecordedReportTests
{
    private static readonly InMemoryProgressStore Store = RecordedClass.Fill();

    private static ProgressReport Report(AttemptQuery? query = null) =>
        ProgressReportBuilder.Build(Store.ListTrainees(), Store.Attempts(AttemptQuery.All), query ?? AttemptQuery.All);

    private static ItemAnalysis Items() => ItemAnalysisBuilder.Build(Store.Attempts(AttemptQuery.All), RecordedClass.Scenarios);

    [Fact]
    public void Report_RecordedClass_CountsByDefinition()
    {
        var wang = Report().Trainees.Single(t => t.Name == "王小明");
        var alice = Report().Trainees.Single(t => t.Name == "alice");

        Assert.Equal((2, 2), (wang.Attempts, wang.Completed));
        Assert.Equal((2, 0, 0, null as int?), (alice.Attempts, alice.Completed, alice.Passed, alice.AverageScore));
        Assert.Empty(alice.Best);
    }

    [Fact]
    public void Json_RecordedClass_MatchesGolden() => Golden.Match(ProgressReportWriter.Json(Report()));

    [Fact]
    public void Csv_RecordedClass_MatchesGolden() => Golden.Match(ProgressReportWriter.Csv(Report()));

    [Fact]
    public void Table_RecordedClassInChinese_MatchesGolden() =>
        Golden.Match(ProgressReportWriter.Table(Report(), ReportLabels.Chinese));

    [Fact]
    public void Json_CohortFilter_MatchesGolden() =>
        Golden.Match(ProgressReportWriter.Json(Report(new AttemptQuery(Cohort: "2026-12"))));

    [Fact]
    public void Items_RecordedClass_JsonMatchesGolden() => Golden.Match(ItemAnalysisWriter.Json(Items()));

    [Fact]
    public void Items_RecordedClass_TableMatchesGolden() => Golden.Match(ItemAnalysisWriter.Table(Items()));

    [Fact]
    public void Items_RecordedClass_CsvMatchesGolden() => Golden.Match(ItemAnalysisWriter.Csv(Items()));
}
