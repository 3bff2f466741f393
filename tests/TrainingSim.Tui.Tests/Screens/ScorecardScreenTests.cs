using Snapshooter.Xunit;
using Terminal.Gui.Input;
using TrainingSim.Core.Progress;
using TrainingSim.Tui.Screens;
using TrainingSim.Tui.Tests.TestSupport;

namespace TrainingSim.Tui.Tests.Screens;

public sealed class ScorecardScreenTests
{
    private static GameHarness PlayBilling(int width = 100, int height = 30)
    {
        var game = new GameHarness(width, height);
        game.SignInNew().Press(Key.Enter).Press(Key.Enter)
            .Type("您好，非常抱歉，感谢您的耐心，我马上帮您查一下").Press(Key.Enter)
            .Choose(1).Press(Key.Enter);
        return game;
    }

    [Fact]
    public void Scorecard_PerfectCall_ShowsThreeStarsSkillsAndTurns()
    {
        using var game = PlayBilling();

        Assert.IsType<ScorecardScreen>(game.Screen);
        var attempt = Assert.Single(game.Store.Attempts(AttemptQuery.All));
        Assert.Equal((100, 3), (attempt.Score, attempt.Stars));
        var text = game.Text();
        Assert.Contains("★ 亲切 · ★ 满意 · ★ 惊喜", text, StringComparison.Ordinal);
        Snapshot.Match(text);
    }

    [Fact]
    public void Scorecard_FirstPerfectCall_AnnouncesTheLevelUpAndTheUnlockedScenario()
    {
        using var game = PlayBilling(80, 24);

        var text = game.Text();
        Assert.Contains("▲ 升级了！现在是等级 2", text, StringComparison.Ordinal);
        Assert.Contains("新解锁：愤怒的客户", text, StringComparison.Ordinal);
        Snapshot.Match(text);

        // Played again, the same call changes nothing: nothing is announced.
        game.Press(Key.R).Type("您好，非常抱歉，感谢您的耐心，我马上帮您查一下").Press(Key.Enter).Choose(1).Press(Key.Enter);
        Assert.IsType<ScorecardScreen>(game.Screen);
        Assert.DoesNotContain("新解锁", game.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public void Scorecard_FirstPerfectCallInEnglish_AnnouncesInEnglish()
    {
        using var game = new GameHarness(80, 24, culture: "en");
        game.SignInNew().Press(Key.Enter).Press(Key.Enter)
            .Type("您好，非常抱歉，感谢您的耐心，我马上帮您查一下").Press(Key.Enter)
            .Choose(1).Press(Key.Enter);

        var text = game.Text();
        Assert.Contains("▲ Level up! You are now level 2", text, StringComparison.Ordinal);
        Assert.Contains("Unlocked: 愤怒的客户", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Scorecard_ScrolledDown_ShowsReplyBesideModelAnswer()
    {
        using var game = PlayBilling(80, 24);
        game.Press(Key.PageDown);

        var text = game.Text();
        Assert.Contains("参考回答", text, StringComparison.Ordinal);
        Snapshot.Match(text);
    }

    [Fact]
    public void Scorecard_Retry_StartsANewCall()
    {
        using var game = PlayBilling();
        game.Press(Key.R);

        Assert.IsType<CallScreen>(game.Screen);
        Assert.Equal(2, game.Store.Attempts(AttemptQuery.All).Count);
    }

    [Fact]
    public void Scorecard_ShiftR_RetriesAsRDoes()
    {
        using var game = PlayBilling();
        game.Press(Key.R.WithShift);

        Assert.IsType<CallScreen>(game.Screen);
        Assert.Equal(2, game.Store.Attempts(AttemptQuery.All).Count);
    }

    [Fact]
    public void Scorecard_Home_ShowsTheNewBestAndUnlocksTheNextScenario()
    {
        using var game = PlayBilling();
        game.Press(Key.H);

        Assert.IsType<HomeScreen>(game.Screen);
        var text = game.Text();
        Assert.Contains("★★★", text, StringComparison.Ordinal);
        Assert.DoesNotContain("未解锁", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Scorecard_Next_OpensTheNextScenariosBriefing()
    {
        using var game = PlayBilling();
        game.Press(Key.N);

        Assert.IsType<BriefingScreen>(game.Screen);
        Assert.Contains("愤怒的客户", game.Text(), StringComparison.Ordinal);
    }
}
