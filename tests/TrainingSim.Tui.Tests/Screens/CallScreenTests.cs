using Snapshooter;
using Snapshooter.Xunit;
using Terminal.Gui.Input;
using TrainingSim.Core.Progress;
using TrainingSim.Tui.Models;
using TrainingSim.Tui.Screens;
using TrainingSim.Tui.Tests.TestSupport;

namespace TrainingSim.Tui.Tests.Screens;

public sealed class CallScreenTests
{
    [Fact]
    public void Briefing_ShowsBriefCustomerAccountAndMode()
    {
        using var game = new GameHarness();
        game.SignInNew().Press(Key.Enter);

        Assert.IsType<BriefingScreen>(game.Screen);
        Snapshot.Match(game.Text());
    }

    [Fact]
    public void Call_PracticeTypedInChinese_ShowsFeedbackAndStoresEachTurn()
    {
        using var game = new GameHarness();
        game.SignInNew().Press(Key.Enter).Press(Key.Enter);
        var opening = game.Text();

        game.Type("您好，非常抱歉，我马上帮您查一下").Press(Key.Enter);
        var afterReply = game.Text();

        var attempt = Assert.Single(game.Store.Attempts(AttemptQuery.All));
        var turn = Assert.Single(attempt.Turns);
        Assert.Equal(["greet", "sorry", "check"], turn.Matched);
        Assert.Equal(["thanks"], turn.Missed);
        Assert.Null(attempt.Outcome);
        Assert.Contains("✓ 礼貌 +2：「您好」", afterReply, StringComparison.Ordinal);
        Assert.Contains("✗ 礼貌 +1：感谢耐心", afterReply, StringComparison.Ordinal);
        Snapshot.Match(opening, SnapshotNameExtension.Create("opening"));
        Snapshot.Match(afterReply, SnapshotNameExtension.Create("after-reply"));
    }

    [Fact]
    public void Call_ChoiceStep_ShowsChoicesShuffledNoneSelectedAndDigitSelectsWithoutSending()
    {
        using var game = new GameHarness();
        game.SignInNew().Press(Key.Enter).Press(Key.Enter)
            .Type("您好，抱歉，帮您查一下").Press(Key.Enter);
        var choices = game.Text();

        game.Press(Key.Enter);
        Assert.Single(Assert.Single(game.Store.Attempts(AttemptQuery.All)).Turns);
        var order = Assert.IsType<CallScreen>(game.Screen).Model.ChoiceOrder.ToList();
        var best = order.IndexOf(1) + 1;
        game.Press(new Key((char)('0' + best)));
        var selected = game.Text();
        Assert.Single(Assert.Single(game.Store.Attempts(AttemptQuery.All)).Turns);

        game.Press(Key.Enter);

        var attempt = Assert.Single(game.Store.Attempts(AttemptQuery.All));
        Assert.Equal(order, attempt.Turns[1].ChoiceOrder);
        Assert.NotEqual([.. Enumerable.Range(1, order.Count)], order);
        Assert.Equal(2, attempt.Turns.Count);
        Assert.Equal(1, attempt.Turns[1].Choice);
        Assert.Equal("resolved", attempt.Outcome);
        var after = game.Text();
        Assert.Contains("✓ 选择得分 100 分", after, StringComparison.Ordinal);
        Assert.Contains("按 Enter 查看成绩单", after, StringComparison.Ordinal);
        Snapshot.Match(choices, SnapshotNameExtension.Create("choices"));
        Snapshot.Match(selected, SnapshotNameExtension.Create("selected"));
    }

    [Fact]
    public void Call_ChoiceStep_EachAttemptShufflesAnew()
    {
        var store = new InMemoryProgressStore();
        var trainee = store.AddTrainee("张小明", null);
        var shuffle = new Random(GameHarness.ShuffleSeed);
        var orders = Enumerable.Range(0, 8).Select(_ =>
        {
            var call = new CallModel(TestScenarios.Billing, PlayMode.Practice, trainee, store, TimeProvider.System, shuffle);
            call.Reply("您好，抱歉，帮您查一下");
            return string.Join(',', call.ChoiceOrder);
        }).ToHashSet();

        Assert.True(orders.Count > 1, "every attempt showed the choices in the same order");
    }

    [Fact]
    public void Call_PoorChoice_ShowsItsScoreAndHint()
    {
        using var game = new GameHarness();
        game.SignInNew().Press(Key.Enter).Press(Key.Enter)
            .Type("您好，抱歉，帮您查一下").Press(Key.Enter)
            .Choose(2);

        Assert.Equal(2, Assert.Single(game.Store.Attempts(AttemptQuery.All)).Turns[1].Choice);
        Assert.Contains("✗ 选择得分 0 分", game.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public void Call_HintKey_RevealsHintsAndCostsTheBonus()
    {
        using var game = new GameHarness();
        game.SignInNew().Press(Key.Enter).Press(Key.Enter).Press(Key.F1);
        var hints = game.Text();

        game.Type("您好，抱歉让您久等，感谢您的耐心，帮您查").Press(Key.Enter);

        var turn = Assert.Single(Assert.Single(game.Store.Attempts(AttemptQuery.All)).Turns);
        Assert.True(turn.HintUsed);
        Assert.Contains("提示：表达歉意", hints, StringComparison.Ordinal);
    }

    [Fact]
    public void Call_CustomerHangsUp_ShowsFailureAndScorecardWithNoStars()
    {
        var store = new InMemoryProgressStore();
        using var game = new GameHarness(scenarios: [TestScenarios.Angry], store: store);
        game.SignInNew().Press(Key.Enter).Press(Key.Enter)
            .Type("这不归我管").Press(Key.Enter);
        var hungUp = game.Text();

        Assert.Contains("客户挂断了电话", hungUp, StringComparison.Ordinal);
        Assert.Equal("hung-up", Assert.Single(store.Attempts(AttemptQuery.All)).Outcome);
        game.Press(Key.Enter);
        Assert.IsType<ScorecardScreen>(game.Screen);
        Assert.Contains("客户挂断", game.Text(), StringComparison.Ordinal);
        Snapshot.Match(hungUp);
    }

    [Fact]
    public void Call_ReplyAfterTimeLimit_ShowsOverTime()
    {
        using var game = new GameHarness(scenarios: [TestScenarios.Angry]);
        game.SignInNew().Press(Key.Enter).Press(Key.Enter);
        game.Wait(TimeSpan.FromSeconds(12));
        Assert.Contains("剩余 18 秒", game.Text(), StringComparison.Ordinal);

        game.Wait(TimeSpan.FromSeconds(30));
        Assert.Contains("已超时 12 秒", game.Text(), StringComparison.Ordinal);
        game.Type("抱歉").Press(Key.Enter);

        Assert.True(Assert.Single(Assert.Single(game.Store.Attempts(AttemptQuery.All)).Turns).OverTime);
    }

    [Fact]
    public void Call_ExamMode_GivesNoFeedbackUntilTheEnd()
    {
        using var game = new GameHarness();
        game.SignInNew().Press(Key.Enter).Press(Key.F2).Press(Key.Enter)
            .Type("您好，非常抱歉，我马上帮您查一下").Press(Key.Enter);
        var text = game.Text();

        Assert.DoesNotContain("✓", text, StringComparison.Ordinal);
        Assert.DoesNotContain("✗", text, StringComparison.Ordinal);
        Assert.Equal(PlayMode.Exam, Assert.Single(game.Store.Attempts(AttemptQuery.All)).Mode);
        Snapshot.Match(text);
    }

    [Fact]
    public void Call_EscThenYes_AbandonsAndReturnsToBriefing()
    {
        using var game = new GameHarness();
        game.SignInNew().Press(Key.Enter).Press(Key.Enter).Press(Key.Esc);
        Assert.Contains("放弃", game.Text(), StringComparison.Ordinal);

        game.Press(Key.Y);

        Assert.IsType<BriefingScreen>(game.Screen);
        Assert.Equal("abandoned", Assert.Single(game.Store.Attempts(AttemptQuery.All)).Outcome);
    }
}
