using Snapshooter;
using Snapshooter.Xunit;
using TrainingSim.Cli.Tests.Support;
using TrainingSim.Core.Progress;
using TrainingSim.Tui.Screens;
using TrainingSim.Tui.Tests.TestSupport;

namespace TrainingSim.Tui.Tests.Sync;

/// <summary>The status bar's sync states, on screens a trainee sees.</summary>
public sealed class StatusBarTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string Db => _folder.File("progress.db");

    [Theory]
    [InlineData("zh-CN", 80, 24)]
    [InlineData("en", 100, 30)]
    public void Scorecard_LrsDown_SaysUnreachableSinceWhen_AndTheAttemptIsStoredAndWaits(string culture, int width, int height)
    {
        using var store = SyncPlay.Open(Db);
        using var game = new GameHarness(width, height, culture, store: store, lrs: SyncPlay.Nowhere());

        game.Settle().PlayBilling(culture == "en" ? "Ming" : "张小明").Settle();

        var screen = game.Text();
        Assert.IsType<ScorecardScreen>(game.Screen);
        Assert.Contains(culture == "en" ? "LRS unreachable since 09:00" : "LRS 无法连接（自 09:00 起）", screen, StringComparison.Ordinal);
        var attempt = Assert.Single(store.Attempts(AttemptQuery.All));
        Assert.Equal(2, attempt.Turns.Count);
        Assert.Equal(SyncPlay.StatementIds(store).Count, store.OutboxCount());
        Assert.NotNull(store.ReadSyncState().UnreachableSince);
        Snapshot.Match(screen, SnapshotNameExtension.Create(culture, $"{width}x{height}"));
    }

    [LrsFact]
    public void Scorecard_LrsUp_SaysSynced()
    {
        using var store = SyncPlay.Open(Db);
        using var game = new GameHarness(store: store, lrs: SyncPlay.Endpoint(TestLrs.Shared));

        game.Settle().PlayBilling().Settle();

        var screen = game.Text();
        Assert.Contains("已同步", screen, StringComparison.Ordinal);
        Assert.Equal(0, store.OutboxCount());
        Snapshot.Match(screen);
    }

    [LrsFact]
    public void SignIn_TheLrsHoldsOneStatementOtherwise_SaysOneWaiting_AndSendsTheRest()
    {
        using (var store = SyncPlay.Open(Db))
        using (var offline = new GameHarness(store: store, lrs: SyncPlay.Nowhere()))
            offline.PlayBilling().Settle();
        using (var store = SyncPlay.Open(Db))
        {
            var turn = store.OutboxPage(0, 100).First(e => e.Turn == 0);
            var other = System.Text.Json.Nodes.JsonNode.Parse(turn.Json)!.AsObject();
            other["result"]!["response"] = "something else";
            using var lrs = new LrsProbe(TestLrs.Shared);
            Assert.Equal(System.Net.HttpStatusCode.OK, lrs.Post($"[{other.ToJsonString()}]"));
        }

        using var again = SyncPlay.Open(Db);
        using var game = new GameHarness(store: again, lrs: SyncPlay.Endpoint(TestLrs.Shared));
        game.Settle();

        var screen = game.Text();
        Assert.Contains("1 条待同步", screen, StringComparison.Ordinal);
        var waiting = Assert.Single(again.OutboxPage(0, 100));
        Assert.StartsWith("409", waiting.Problem, StringComparison.Ordinal);
        Snapshot.Match(screen);
    }

    [Fact]
    public void Home_NoLrs_StatusBarSaysNothingOfSync()
    {
        using var store = SyncPlay.Open(Db);
        using var game = new GameHarness(store: store);

        game.PlayBilling().Settle();

        Assert.Null(game.Flow.Sync);
        Assert.DoesNotContain("同步", game.Text(), StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
