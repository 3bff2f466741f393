using System.Text.Json;
using TrainingSim.Core.Progress;
using TrainingSim.Reports;
using static TrainingSim.Core.Tests.Reports.SampleAttempts;

namespace TrainingSim.Core.Tests.Reports;

public class ProgressReportWriterTests
{
    private static ProgressReport Report() => ProgressReportBuilder.Build(
        [new Trainee("alice", "2026-11", Monday), new Trainee("王小明", "2026-11", Monday), new Trainee("newcomer", null, Monday)],
        [
            Attempt("alice", "holiday-bill-payment", "resolved", 93, stars: 3,
                skills: new Dictionary<string, int> { ["empathy"] = 100, ["courtesy"] = 90 }),
            Attempt("alice", "holiday-bill-payment", "abandoned", 10, minutes: 30),
            Attempt("王小明", "roaming-charges", "hung-up", 35,
                skills: new Dictionary<string, int> { ["empathy"] = 20, ["courtesy"] = 50 }, minutes: 5),
        ],
        AttemptQuery.All);

    [Fact]
    public void Json_Report_HasTheContractFields()
    {
        using var json = JsonDocument.Parse(ProgressReportWriter.Json(Report()));
        var alice = json.RootElement.GetProperty("trainees")[0];

        Assert.Equal(
            ["name", "cohort", "attempts", "completed", "passed", "average_score", "skills", "best", "last_active"],
            alice.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2026-11-23T08:33:00Z", alice.GetProperty("last_active").GetString());
        Assert.Equal(93, alice.GetProperty("best").GetProperty("holiday-bill-payment").GetInt32());
    }

    [Fact]
    public void Json_Report_MatchesGolden() => Golden.Match(ProgressReportWriter.Json(Report()));

    [Fact]
    public void Csv_Report_MatchesGolden() => Golden.Match(ProgressReportWriter.Csv(Report()));

    [Fact]
    public void Table_Report_MatchesGolden() => Golden.Match(ProgressReportWriter.Table(Report()));

    [Fact]
    public void Table_ChineseLabels_MatchesGolden() =>
        Golden.Match(ProgressReportWriter.Write(Report(), ReportFormat.Table, ReportLabels.For("zh-CN") with
        {
            SkillNames = new Dictionary<string, string> { ["empathy"] = "共情", ["courtesy"] = "礼貌" },
        }));
}
