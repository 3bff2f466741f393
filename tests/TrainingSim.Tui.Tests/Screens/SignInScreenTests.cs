using TrainingSim.Core.Progress;
using Snapshooter.Xunit;
using Terminal.Gui.Input;
using TrainingSim.Tui.Screens;
using TrainingSim.Tui.Tests.TestSupport;

namespace TrainingSim.Tui.Tests.Screens;

public sealed class SignInScreenTests
{
    [Fact]
    public void SignIn_EmptyDatabase_ShowsCreateForm()
    {
        using var game = new GameHarness();
        Snapshot.Match(game.Text());
    }

    [Fact]
    public void SignIn_NewTraineeTypedInChinese_CreatesAndOpensHome()
    {
        using var game = new GameHarness();
        game.SignInNew("张小明", "2026春季班");

        Assert.IsType<HomeScreen>(game.Screen);
        var trainee = Assert.Single(game.Store.ListTrainees());
        Assert.Equal(("张小明", "2026春季班"), (trainee.Name, trainee.Cohort));
    }

    [Fact]
    public void SignIn_TabThroughFields_CreatesWithCohort()
    {
        using var game = new GameHarness();
        game.Type("李雷").Press(Key.Tab).Type("三班").Press(Key.Enter);

        Assert.IsType<HomeScreen>(game.Screen);
        Assert.Equal("三班", Assert.Single(game.Store.ListTrainees()).Cohort);
    }

    [Fact]
    public void SignIn_EmptyName_ShowsErrorAndStays()
    {
        using var game = new GameHarness();
        game.Press(Key.F2).Press(Key.Enter).Press(Key.Enter);

        Assert.IsType<SignInScreen>(game.Screen);
        Assert.Contains("请输入学员姓名", game.Text(), StringComparison.Ordinal);
        Assert.Empty(game.Store.ListTrainees());
    }

    [Fact]
    public void SignIn_ExistingTrainee_PickedFromList()
    {
        var store = new InMemoryProgressStore();
        store.AddTrainee("李华", "一班");
        store.AddTrainee("王芳", null);
        using var game = new GameHarness(store: store);
        var screen = game.Text();
        game.Press(Key.CursorDown).Press(Key.Enter);

        Assert.IsType<HomeScreen>(game.Screen);
        Assert.Contains("学员 王芳", game.Text(), StringComparison.Ordinal);
        Snapshot.Match(screen);
    }
}
