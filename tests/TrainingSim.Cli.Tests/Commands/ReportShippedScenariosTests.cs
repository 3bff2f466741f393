using System.Text.Json;
using TrainingSim.Cli.Tests.Support;
using TrainingSim.Interchange.Export;

namespace TrainingSim.Cli.Tests.Commands;

/// <summary>Reports and exports of a database filled by <c>play --trainee</c> over shipped scenarios (the
/// replies are the scenarios' own tests), as golden files.</summary>
public sealed class ReportShippedScenariosTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _db;

    public ReportShippedScenariosTests()
    {
        _db = _folder.File("class.db");
        Run(0, "trainee", "add", "王小明", "--cohort", "2026-11");
        Run(0, "trainee", "add", "李娜", "--cohort", "2026-11");
        Run(0, "trainee", "add", "alice", "--cohort", "2026-12");
        Play(0, "王小明", "forgot-service-password",
            "您好，很高兴为您服务！为了保护您的账户安全，重置前要先核实机主身份，麻烦您报一下机主的身份证号码。", "1",
            "建议您不要用生日、连续或重复的数字，密码要保管好、不要告诉别人。另外提醒您，客服不会主动索要您的密码，遇到这种电话要小心诈骗。",
            "感谢您的来电，请问还有什么可以帮您？");
        Play(0, "王小明", "forgot-service-password", "你好，行，马上帮您重置。", "你报一下身份证吧。", "2");
        Play(0, "李娜", "forgot-service-password", "您好，请您报一下机主的身份证号码，核对一下身份。", "1", "您的密码别用生日，也别告诉别人。", "请问还有什么可以帮您？");
        Play(1, "李娜", "polite-balance-enquiry", "您好，很高兴为您服务！请问您要查询的是现在来电的这个号码吗？");
        Play(0, "alice", "en-data-allowance",
            "Good morning, thank you for calling. Is that for the number you're calling from?",
            "You have 3.2 GB left, and your allowance renews on the 1st, in eight days.", "1",
            "Thank you for calling. I can also set up a text alert when you reach 90% of your data. Is there anything else I can help with?");
    }

    public void Dispose() => _folder.Dispose();

    private CliResult Run(int expectedExit, params string[] args)
    {
        var result = InProcessCli.Run([.. args, "--db", _db]);
        Assert.True(expectedExit == result.ExitCode, result.ToString());
        return result;
    }

    private void Play(int expectedExit, string trainee, string scenario, params string[] replies)
    {
        var file = _folder.Write($"{Guid.NewGuid():N}.txt", string.Join('\n', replies) + "\n");
        Run(expectedExit, "play", scenario, "--replies", file, "--trainee", trainee);
    }

    [Fact]
    public void Report_Json_MatchesGolden() => ReportGolden.Match(Run(0, "report", "--format", "json").Out);

    [Fact]
    public void Report_Csv_MatchesGolden() => ReportGolden.Match(Run(0, "report", "--format", "csv").Out);

    [Fact]
    public void Report_ChineseTable_MatchesGolden() => ReportGolden.Match(Run(0, "report", "--lang", "zh-CN").Out);

    [Fact]
    public void Report_Items_MatchesGolden() =>
        ReportGolden.Match(Run(0, "report", "--items", "--scenario", "forgot-service-password", "--format", "json").Out);

    [Fact]
    public void Report_ItemsTable_MatchesGolden() =>
        ReportGolden.Match(Run(0, "report", "--items", "--scenario", "forgot-service-password", "--lang", "en").Out);

    [Fact]
    public void Export_Statements_MatchGoldenAndTheRules()
    {
        Run(0, "export", "--out", _folder.File("class.jsonl"));
        var lines = File.ReadAllLines(_folder.File("class.jsonl"));

        foreach (var line in lines)
        {
            using var statement = JsonDocument.Parse(line);
            Assert.Empty(XapiValidator.Validate(statement.RootElement));
        }

        ReportGolden.MatchStatements(lines);
    }

    [Fact]
    public void Import_ExportTwiceIntoLeadDatabase_SameReportAndNothingNewTheSecondTime()
    {
        Run(0, "export", "--out", _folder.File("class.jsonl"));
        var lead = _folder.File("lead.db");

        var first = InProcessCli.Run("import", _folder.File("class.jsonl"), "--db", lead);
        var second = InProcessCli.Run("import", _folder.File("class.jsonl"), "--db", lead);

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        Assert.Contains("5 attempts: 5 new, 0 already present", first.LastOutLine, StringComparison.Ordinal);
        Assert.Contains(": 0 new,", second.LastOutLine, StringComparison.Ordinal);
        Assert.Contains("5 attempts: 0 new, 5 already present", second.LastOutLine, StringComparison.Ordinal);
        // The lead's trainees come from the statements (cohort as when played), so compare attempts' figures.
        var here = JsonDocument.Parse(Run(0, "report", "--format", "json").Out).RootElement.GetProperty("trainees");
        var there = JsonDocument.Parse(InProcessCli.Run("report", "--format", "json", "--db", lead).Out).RootElement.GetProperty("trainees");
        Assert.Equal(here.GetRawText(), there.GetRawText());
    }
}
