using Snapshooter;
using Snapshooter.Xunit;
using Terminal.Gui.Input;
using TrainingSim.Core.Progress;
using TrainingSim.Storage;
using TrainingSim.Tui.Screens;
using TrainingSim.Tui.Shell;
using TrainingSim.Tui.Tests.TestSupport;

namespace TrainingSim.Tui.Tests.Screens;

public sealed class ErrorBoundaryTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("trainingsim-boundary-");

    private string DatabasePath => Path.Combine(_folder.FullName, "progress.db");

    [Fact]
    public void Call_DatabaseVanishesMidCall_SaysSoKeepsTheTurnAndStoresItOnRetry()
    {
        using var store = LiteDbProgressStore.Open(DatabasePath);
        using var game = new GameHarness(store: store, reopen: () => LiteDbProgressStore.Open(DatabasePath));
        game.SignInNew().Press(Key.Enter).Press(Key.Enter);

        Vanish();
        game.Type("您好，非常抱歉，我马上帮您查一下").Press(Key.Enter);
        var failing = game.Text().Replace(_folder.FullName, "/tmp/boundary", StringComparison.Ordinal);

        Assert.IsType<CallScreen>(game.Screen);
        Assert.Contains("/tmp/boundary/progress.db", failing, StringComparison.Ordinal);
        Assert.Contains("进度暂未保存", failing, StringComparison.Ordinal);
        Assert.Contains("✓ 礼貌 +2", failing, StringComparison.Ordinal);
        Assert.Equal(1, game.Flow.Store.KeptWrites);

        game.Wait(StoreRetry.Every).Settle();
        Assert.Equal(1, game.Flow.Store.KeptWrites);

        Return();
        game.Wait(StoreRetry.Every).Settle();

        Assert.Equal(0, game.Flow.Store.KeptWrites);
        Assert.DoesNotContain("进度暂未保存", game.Text(), StringComparison.Ordinal);
        var attempt = Assert.Single(game.Flow.Store.Attempts(AttemptQuery.All));
        Assert.Equal(["greet", "sorry", "check"], Assert.Single(attempt.Turns).Matched);
        Snapshot.Match(failing);
    }

    [Fact]
    public void Home_DatabaseUnreadableWhenTheCallEnds_GameGoesOnAndTheEndIsStoredLater()
    {
        using var store = LiteDbProgressStore.Open(DatabasePath);
        using var game = new GameHarness(store: store, reopen: () => LiteDbProgressStore.Open(DatabasePath));
        game.SignInNew().Press(Key.Enter).Press(Key.Enter)
            .Type("您好，抱歉，帮您查一下").Press(Key.Enter);

        Vanish();
        game.Choose(1).Press(Key.Enter);
        Assert.IsType<CallScreen>(game.Screen);

        Return();
        game.Wait(StoreRetry.Every).Settle().Press(Key.Enter);

        Assert.IsType<ScorecardScreen>(game.Screen);
        var attempt = Assert.Single(game.Flow.Store.Attempts(AttemptQuery.All));
        Assert.Equal(2, attempt.Turns.Count);
        Assert.Equal("resolved", attempt.Outcome);
    }

    public void Dispose() => _folder.Delete(recursive: true);

    /// <summary>The file goes away (a share dropped, a cleaner ran) and a folder blocks its name.</summary>
    private void Vanish()
    {
        File.Move(DatabasePath, DatabasePath + ".away");
        Directory.CreateDirectory(DatabasePath);
    }

    private void Return()
    {
        Directory.Delete(DatabasePath);
        File.Move(DatabasePath + ".away", DatabasePath);
    }
}
