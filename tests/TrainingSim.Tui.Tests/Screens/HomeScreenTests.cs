using Snapshooter.Xunit;
using Terminal.Gui.Input;
using TrainingSim.Core.Progress;
using TrainingSim.Tui.Screens;
using TrainingSim.Tui.Tests.TestSupport;

namespace TrainingSim.Tui.Tests.Screens;

public sealed class HomeScreenTests
{
    [Fact]
    public void Home_NewTrainee_ShowsCatalogWithHarderScenarioLocked()
    {
        using var game = new GameHarness();
        game.SignInNew();

        var text = game.Text();
        Assert.Contains("未解锁", text, StringComparison.Ordinal);
        Snapshot.Match(text);
    }

    [Fact]
    public void Home_AfterAStarredAttempt_ShowsBestResultStreakAndLastSession()
    {
        var store = new InMemoryProgressStore();
        store.AddTrainee("张小明", "2026春季班");
        var id = Guid.NewGuid();
        store.StartAttempt(new AttemptRecord
        {
            Id = id,
            Trainee = "张小明",
            ScenarioId = "billing-overcharge",
            ScenarioVersion = "v1",
            Mode = PlayMode.Practice,
            StartedAt = GameHarness.Start.AddHours(-3).AddMinutes(-5),
        });
        store.FinishAttempt(id, new AttemptFinish("resolved", true, 85, 2, new Dictionary<string, int>(), GameHarness.Start.AddHours(-3)));
        using var game = new GameHarness(100, 30, store: store);
        game.Press(Key.Enter);

        var text = game.Text();
        Assert.Contains("3 小时前", text, StringComparison.Ordinal);
        Assert.Contains("★★☆", text, StringComparison.Ordinal);
        Assert.DoesNotContain("未解锁", text, StringComparison.Ordinal);
        Snapshot.Match(text);
    }

    [Fact]
    public void Home_FilterByTag_KeepsMatchingScenariosOnly()
    {
        using var game = new GameHarness();
        game.SignInNew().Press(Key.F.WithCtrl).Type("愤怒");

        var text = game.Text();
        Assert.Contains("愤怒的客户", text, StringComparison.Ordinal);
        Assert.DoesNotContain("话费多扣了", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Home_FilterThenEnter_OpensTheFirstMatchingScenario()
    {
        using var game = new GameHarness(scenarios: [TestScenarios.Angry with { Difficulty = 1 }, TestScenarios.Billing]);
        game.SignInNew().Press(Key.F.WithCtrl).Type("话费").Press(Key.Enter);

        Assert.IsType<BriefingScreen>(game.Screen);
        Assert.Contains("话费多扣了", game.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public void Home_FilterMatchingOnlyALockedScenario_SaysHowToUnlockIt()
    {
        using var game = new GameHarness();
        game.SignInNew().Press(Key.F.WithCtrl).Type("愤怒").Press(Key.Enter);

        Assert.IsType<HomeScreen>(game.Screen);
        Assert.Contains("才能解锁", game.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public void Home_LockedScenario_DoesNotOpen()
    {
        using var game = new GameHarness();
        game.SignInNew().Press(Key.CursorDown).Press(Key.Enter);

        Assert.IsType<HomeScreen>(game.Screen);
        Assert.Contains("才能解锁", game.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public void Home_Esc_GoesBackToSignIn()
    {
        using var game = new GameHarness();
        game.SignInNew().Press(Key.Esc);

        Assert.IsType<SignInScreen>(game.Screen);
    }
}
