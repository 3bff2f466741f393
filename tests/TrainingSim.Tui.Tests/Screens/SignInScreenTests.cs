using TrainingSim.Core.Progress;
using TrainingSim.Core.Security;
using Snapshooter;
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

    [Fact]
    public void SignIn_EnterOnEmptyName_StaysOnNameWithMessage_ClearedOnceTyped()
    {
        using var game = new GameHarness();
        game.Press(Key.F2).Press(Key.Enter);
        var refused = game.Text();

        game.Type("李雷");
        var typed = game.Text();
        game.Press(Key.Enter).Type("三班").Press(Key.Enter);

        Assert.Contains("请输入学员姓名", refused, StringComparison.Ordinal);
        Assert.DoesNotContain("请输入学员姓名", typed, StringComparison.Ordinal);
        var trainee = Assert.Single(game.Store.ListTrainees());
        Assert.Equal(("李雷", "三班"), (trainee.Name, trainee.Cohort));
        Snapshot.Match(refused, SnapshotNameExtension.Create("refused"));
        Snapshot.Match(typed, SnapshotNameExtension.Create("typed"));
    }

    [Fact]
    public void SignIn_ExistingNameWithAnotherCohort_RefusedNamingTheTrainee()
    {
        var store = new InMemoryProgressStore();
        store.AddTrainee("陈静", "2026-11");
        using var game = new GameHarness(store: store);

        game.SignInNew("陈静", "2026-12");

        Assert.IsType<SignInScreen>(game.Screen);
        Assert.Equal("2026-11", Assert.Single(game.Store.ListTrainees()).Cohort);
        Snapshot.Match(game.Text());
    }

    [Fact]
    public void SignIn_LookalikeName_Refused()
    {
        var store = new InMemoryProgressStore();
        store.AddTrainee("Anna", "2026-11");
        using var game = new GameHarness(store: store);

        game.SignInNew("Аnna", "2026-11");

        Assert.IsType<SignInScreen>(game.Screen);
        Assert.Contains("与已有学员“Anna”（班级 2026-11）太相似", game.Text(), StringComparison.Ordinal);
        Assert.Single(game.Store.ListTrainees());
    }

    [Fact]
    public void SignIn_TraineeAddedInAnotherWindow_ListedAfterTheRefresh()
    {
        var store = new InMemoryProgressStore();
        store.AddTrainee("李华", "一班");
        using var game = new GameHarness(store: store);
        game.Text();

        store.AddTrainee("王芳", "一班");
        game.RunTimers(SignInScreen.RefreshEvery);

        Snapshot.Match(game.Text());
    }

    [Fact]
    public void SignIn_Names_InPinyinOrder_NarrowedBySearch()
    {
        var store = new InMemoryProgressStore();
        foreach (var name in new[] { "张伟", "李娜", "王芳", "陈静", "安然", "赵磊", "刘洋" })
            store.AddTrainee(name, "一班");
        using var game = new GameHarness(store: store);
        var all = game.Text();

        game.Press(Key.F.WithCtrl).Type("李");
        var searched = game.Text();
        game.Press(Key.Enter).Press(Key.Enter);

        Assert.Contains("学员 李娜", game.Text(), StringComparison.Ordinal);
        Snapshot.Match(all, SnapshotNameExtension.Create("all"));
        Snapshot.Match(searched, SnapshotNameExtension.Create("searched"));
    }

    [Fact]
    public void SignIn_BackFromHome_TitleLineDropsTheName()
    {
        using var game = new GameHarness();
        game.SignInNew("张小明", "一班").Press(Key.Esc);

        Assert.IsType<SignInScreen>(game.Screen);
        Snapshot.Match(game.Text());
    }

    [Fact]
    public void Pin_NewTrainee_SetsItTwice_ThenTheRecordOpensOnlyWithIt()
    {
        using var game = new GameHarness(pins: true);
        game.SignInNew("陈静", "2026-11");
        var setting = game.Text();
        game.Type("2468").Press(Key.Enter).Type("2468").Press(Key.Enter);
        Assert.IsType<HomeScreen>(game.Screen);

        game.Press(Key.Esc).Press(Key.Enter);
        Assert.IsType<PinScreen>(game.Screen);
        game.Type("1357").Press(Key.Enter);
        var wrong = game.Text();
        game.Type("2468").Press(Key.Enter);

        Assert.IsType<HomeScreen>(game.Screen);
        Assert.Contains("PIN 错误（再错 4 次将被锁定）", wrong, StringComparison.Ordinal);
        Assert.True(PassphraseHasher.Verify("2468", game.Pins.Find("陈静")!.Hash));
        Snapshot.Match(setting, SnapshotNameExtension.Create("setting"));
        Snapshot.Match(wrong, SnapshotNameExtension.Create("wrong"));
    }

    [Fact]
    public void Pin_AnotherTraineesRecord_StaysClosedWithoutTheirPin()
    {
        var store = new InMemoryProgressStore();
        store.AddTrainee("陈静", "2026-11");
        using var game = new GameHarness(store: store, pins: true);
        game.Pins.Save(new TraineePin("陈静", StaffPin));

        game.Press(Key.Enter);
        for (var i = 0; i < Lockout.MaxFailures; i++)
            game.Type($"000{i}").Press(Key.Enter);
        game.Type("2468").Press(Key.Enter);

        Assert.IsType<PinScreen>(game.Screen);
        Assert.Contains("已锁定", game.Text(), StringComparison.Ordinal);
        Assert.Empty(game.Store.Attempts(new AttemptQuery()));
    }

    private static readonly string StaffPin = PassphraseHasher.Hash("2468");
}

