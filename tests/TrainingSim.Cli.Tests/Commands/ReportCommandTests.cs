using System.Text.Json;
using TrainingSim.Cli.Tests.Support;

namespace TrainingSim.Cli.Tests.Commands;

public class ReportCommandTests
{
    [Fact]
    public void Report_Json_HasTheContractFields()
    {
        using var folder = new TempFolder();
        var db = ReportCommandsFixture.Create(folder);

        var result = InProcessCli.Run("report", "--db", db, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var wang = json.RootElement.GetProperty("trainees").EnumerateArray().Single(t => t.GetProperty("name").GetString() == "王小明");
        Assert.Equal((2, 2, 1, 61), (wang.GetProperty("attempts").GetInt32(), wang.GetProperty("completed").GetInt32(),
            wang.GetProperty("passed").GetInt32(), wang.GetProperty("average_score").GetInt32()));
        Assert.Equal(92, wang.GetProperty("best").GetProperty("holiday-bill-payment").GetInt32());
    }

    [Fact]
    public void Report_CohortFilterAsCsv_OnlyThatCohort()
    {
        using var folder = new TempFolder();
        var db = ReportCommandsFixture.Create(folder);

        var result = InProcessCli.Run("report", "--db", db, "--cohort", "2026-12", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["name,cohort,attempts,completed,passed,average_score,last_active", "alice,2026-12,1,0,0,,2026-11-23T10:03:00Z"],
            result.OutLines);
    }

    [Fact]
    public void Report_TableInChinese_AlignsChineseNames()
    {
        using var folder = new TempFolder();
        var db = ReportCommandsFixture.Create(folder);

        var result = InProcessCli.Run("report", "--db", db, "--lang", "zh-CN", "--scenarios", folder.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("学员    班级     练习次数  完成  合格  平均分", result.OutLines[0]);
        Assert.StartsWith("王小明  2026-11", result.OutLines[3]);
    }

    [Fact]
    public void Report_Items_PerStepAndItem()
    {
        using var folder = new TempFolder();
        var db = ReportCommandsFixture.Create(folder);

        var result = InProcessCli.Run("report", "--db", db, "--items", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var opening = json.RootElement.GetProperty("scenarios")[0].GetProperty("steps")[0];
        Assert.Equal(("opening", 3, 1, 1), (opening.GetProperty("step").GetString(), opening.GetProperty("reached").GetInt32(),
            opening.GetProperty("hung_up").GetInt32(), opening.GetProperty("abandoned").GetInt32()));
        Assert.Equal(3, opening.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("item").GetString() == "new-year")
            .GetProperty("missed").GetInt32());
    }

    [Fact]
    public void Report_UnknownTrainee_ExitOneWithOneLine()
    {
        using var folder = new TempFolder();
        var db = ReportCommandsFixture.Create(folder);

        var result = InProcessCli.Run("report", "--db", db, "--trainee", "nobody");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["trainingsim: error: unknown trainee 'nobody'"], result.ErrorLines);
    }

    [Theory]
    [InlineData("report", "--format", "json")]
    [InlineData("export", "--out", "-")]
    public void ReportAndExport_TraineeNameAsTyped_NormalisedLikeTraineeAdd(params string[] command)
    {
        using var folder = new TempFolder();
        var db = ReportCommandsFixture.Create(folder);

        // Full-width letters and spaces around the name: the same trainee after NFKC and trimming.
        var result = InProcessCli.Run([.. command, "--db", db, "--trainee", "  ａｌｉｃｅ "]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("alice", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("王小明", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_UnknownTraineeWithEscapes_NamedWithoutRawControlCharacters()
    {
        using var folder = new TempFolder();
        var db = ReportCommandsFixture.Create(folder);

        var result = InProcessCli.Run("report", "--db", db, "--trainee", "x\u001b]0;pwned\u0007");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["trainingsim: error: unknown trainee 'x␛]0;pwned␇'"], result.ErrorLines);
    }
}
