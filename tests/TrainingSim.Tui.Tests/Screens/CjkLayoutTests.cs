using Snapshooter;
using Snapshooter.Xunit;
using Terminal.Gui.Input;
using TrainingSim.Tui.Screens;
using TrainingSim.Tui.Tests.TestSupport;

namespace TrainingSim.Tui.Tests.Screens;

/// <summary>Chinese text laid out at the smallest terminal: nothing pushed off, nothing ragged, nothing out of sight.</summary>
public sealed class CjkLayoutTests
{
    [Fact]
    public void Home_LongNameAndCohortAt80x24_ShortensThemAndKeepsTheStarsLine()
    {
        using var game = new GameHarness();
        game.SignInNew("欧阳慕容雪晴", "2026年11月第三批新员工入职培训班（城东营业厅）");

        var lines = game.Text().Split('\n');
        Assert.StartsWith("学员 欧阳慕容雪晴 · 班级 2026年11月", lines[1], StringComparison.Ordinal);
        Assert.EndsWith("· 等级 1 见习客服 · 经验 0/100", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("星星 0/", lines[2], StringComparison.Ordinal);
        Snapshot.Match(string.Join('\n', lines));
    }

    [Fact]
    public void Briefing_BriefWrittenOnTwoYamlLines_FlowsAsOneParagraph()
    {
        using var game = new GameHarness(scenarios: [ShippedLibrary.Get("polite-balance-enquiry")], content: ShippedLibrary.Content);
        game.SignInNew().Press(Key.Enter);

        Assert.IsType<BriefingScreen>(game.Screen);
        var text = game.Text();
        // The file breaks the line after 剩余流量。; at 80 columns the paragraph goes on on the same row.
        Assert.Contains("和剩余流量。用标准开场白", text, StringComparison.Ordinal);
        Snapshot.Match(text);
    }

    [Fact]
    public void Call_ReplyLongerThanTheBox_WrapsAndStaysInSight()
    {
        using var game = new GameHarness();
        game.SignInNew().Press(Key.Enter).Press(Key.Enter)
            .Type("您好，很高兴为您服务，我是客服小张。请问您要查询的是来电的这个号码吗？我这边帮您看一下本月的话费余额和剩余流量，请您稍等");

        var text = game.Text();
        Assert.Contains("您好，很高兴为您服务", text, StringComparison.Ordinal);
        Assert.Contains("请您稍等", text, StringComparison.Ordinal);
        Snapshot.Match(text, SnapshotNameExtension.Create("typed"));

        game.Press(Key.Enter);
        Assert.Contains("我：您好，很高兴为您服务", game.Text(), StringComparison.Ordinal);
    }
}
