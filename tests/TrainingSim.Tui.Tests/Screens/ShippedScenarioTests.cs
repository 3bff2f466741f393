using Snapshooter.Xunit;
using Terminal.Gui.Input;
using TrainingSim.Core.Progress;
using TrainingSim.Tui.Screens;
using TrainingSim.Tui.Tests.TestSupport;

namespace TrainingSim.Tui.Tests.Screens;

public sealed class ShippedScenarioTests
{
    [Fact]
    public void Call_ShippedSimSwapPlayedInChinese_ScoresThreeStarsAndShowsTheScorecard()
    {
        var scenario = ShippedLibrary.Get("sim-swap-4g");
        using var game = new GameHarness(100, 30, scenarios: [scenario], content: ShippedLibrary.Content);
        game.SignInNew().Press(Key.Enter).Press(Key.Enter)
            .Type("您好，很高兴为您服务！换4G卡号码不变，原来的套餐和余额都保留。").Press(Key.Enter)
            .Choose(1)
            .Type("换卡当场生效，几分钟就好。建议您先把旧卡里的联系人备份到手机通讯录。").Press(Key.Enter)
            .Type("好的，感谢您的来电，请问还有什么可以帮您？").Press(Key.Enter)
            .Press(Key.Enter);

        Assert.IsType<ScorecardScreen>(game.Screen);
        var attempt = Assert.Single(game.Store.Attempts(AttemptQuery.All));
        Assert.Equal(("resolved", 3), (attempt.Outcome, attempt.Stars));
        Assert.Equal(4, attempt.Turns.Count);
        Snapshot.Match(game.Text());
    }

    [Fact]
    public void Home_ShippedLibrary_ListsTheInterfaceLanguagesModulesFirstAt80x24()
    {
        using var game = new GameHarness(scenarios: ShippedLibrary.Scenarios, content: ShippedLibrary.Content);
        game.SignInNew();

        var text = game.Text();
        // In the order of content/modules/zh-CN.yaml: the first two fit.
        var chineseModules = ShippedLibrary.Content.Modules["zh-CN"].Select(m => m.Id).Take(2);
        foreach (var module in chineseModules)
            Assert.Contains(module, text, StringComparison.Ordinal);
        foreach (var module in ShippedLibrary.Scenarios.Where(s => s.Language == "en").Select(s => s.Module).Distinct())
            Assert.DoesNotContain(module, text, StringComparison.Ordinal);
        Assert.All(text.TrimEnd('\n').Split('\n'), line => Assert.True(Tui.Text.Columns.Width(line) <= 80, line));
    }

    [Fact]
    public void Home_F6_ListsTheOtherLanguagesScenariosAfterAndCountsTheirStars()
    {
        var chinese = ShippedLibrary.Scenarios.Count(s => s.Language == "zh-CN");
        var all = ShippedLibrary.Scenarios.Count;
        using var game = new GameHarness(scenarios: ShippedLibrary.Scenarios, content: ShippedLibrary.Content);
        game.SignInNew();
        var own = game.Text();
        Assert.Contains($"星星 0/{chinese * 3} ·", own, StringComparison.Ordinal);
        Assert.DoesNotContain("Everyday", own, StringComparison.Ordinal);
        Assert.Contains("F6  语言", own, StringComparison.Ordinal);

        game.Press(Key.F6).Press(Key.End);
        var both = game.Text();
        Assert.Contains($"星星 0/{all * 3} ·", both, StringComparison.Ordinal);
        Assert.Contains("Difficult", both, StringComparison.Ordinal);
        // A cut title keeps a space before the difficulty column.
        Assert.DoesNotContain("…■", both, StringComparison.Ordinal);
        Snapshot.Match(both);

        game.Press(Key.F6);
        Assert.Contains($"星星 0/{chinese * 3} ·", game.Text(), StringComparison.Ordinal);
    }
}
