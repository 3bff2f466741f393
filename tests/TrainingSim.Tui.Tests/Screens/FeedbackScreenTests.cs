using Snapshooter;
using Snapshooter.Xunit;
using Terminal.Gui.Input;
using TrainingSim.Core.Progress;
using TrainingSim.Tui.Screens;
using TrainingSim.Tui.Tests.TestSupport;

namespace TrainingSim.Tui.Tests.Screens;

/// <summary>What a trainee reads of a turn's feedback, on the call screen and the scorecard (issue 8).</summary>
public sealed class FeedbackScreenTests
{
    [Fact]
    public void Call_HouseRubricPenaltyHit_ShowsTheWordsAndThePenaltysHint()
    {
        using var game = new GameHarness(100, 30, scenarios: [ShippedLibrary.Get("sim-swap-4g")], content: ShippedLibrary.Content);
        game.SignInNew().Press(Key.Enter).Press(Key.Enter)
            .Type("号码不变，这个不归我管，你自己去营业厅").Press(Key.Enter);
        var text = game.Text();

        Assert.Contains("house.blame-shift", Assert.Single(game.Store.Attempts(AttemptQuery.All)).Turns[0].Penalties);
        Assert.Contains("✗ 礼貌用语 -3：「不归我管…你自己去」 — 不推诿", text, StringComparison.Ordinal);
        Snapshot.Match(text);
    }

    [Fact]
    public void Call_PenaltyWithoutHintAndMissedItemsWithoutHints_ShowNamesAndExamplesNotIds()
    {
        using var game = new GameHarness(scenarios: [TestScenarios.NoHints]);
        game.SignInNew().Press(Key.Enter).Press(Key.Enter)
            .Type("这事不归我管").Press(Key.Enter);
        var text = game.Text();

        Assert.Contains("✗ 共情 +3：可以说「抱歉」", text, StringComparison.Ordinal);
        Assert.Contains("✗ 解决问题 +3：可以说「查」", text, StringComparison.Ordinal);
        Assert.Contains("✗ 礼貌 -2：「不归我管」", text, StringComparison.Ordinal);
        Assert.DoesNotContain("apology", text, StringComparison.Ordinal);
        Assert.DoesNotContain("check", text, StringComparison.Ordinal);
        Snapshot.Match(text);
    }

    [Fact]
    public void Scorecard_AfterTheHintKey_TheBonusAnd惊喜AgreeAndSayAHintWasUsed()
    {
        using var game = new GameHarness(100, 40);
        game.SignInNew().Press(Key.Enter).Press(Key.Enter).Press(Key.F1)
            .Type("您好，抱歉让您久等，感谢您的耐心，帮您查").Press(Key.Enter);
        var call = game.Text();
        game.Choose(1).Press(Key.Enter);
        var scorecard = game.Text();

        Assert.IsType<ScorecardScreen>(game.Screen);
        Assert.Contains("✓ 礼貌 +0：「耐心」（加分项：看过提示，不计分）", call, StringComparison.Ordinal);
        Assert.Contains("! 本轮看过提示：加分项不计分", call, StringComparison.Ordinal);
        Assert.Contains("✓ 礼貌 +0：「耐心」（加分项：看过提示，不计分）", scorecard, StringComparison.Ordinal);
        Assert.Contains("! 本轮看过提示：加分项不计分", scorecard, StringComparison.Ordinal);
        Assert.Contains("✗ 至少命中一个加分项", scorecard, StringComparison.Ordinal);
        Assert.DoesNotContain("✓ 礼貌 +1：「耐心」", scorecard, StringComparison.Ordinal);
        Snapshot.Match(scorecard);
    }

    [Fact]
    public void Scorecard_Turns_AreNamedByNumberAndTheCustomersLineNotByStepId()
    {
        using var game = new GameHarness(100, 40);
        game.SignInNew().Press(Key.Enter).Press(Key.Enter)
            .Type("您好，抱歉，帮您查一下").Press(Key.Enter).Choose(1).Press(Key.Enter);
        var scorecard = game.Text();

        Assert.Contains("第 1 轮 · 100 分", scorecard, StringComparison.Ordinal);
        Assert.Contains("客户：你们怎么回事？我这个月话费凭什么多扣了三十块！", scorecard, StringComparison.Ordinal);
        Assert.Contains("第 2 轮 · 100 分", scorecard, StringComparison.Ordinal);
        Assert.DoesNotContain("opening", scorecard, StringComparison.Ordinal);
        Assert.DoesNotContain("fix", scorecard, StringComparison.Ordinal);
    }
}
