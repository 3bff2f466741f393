using Snapshooter.Xunit;
using Terminal.Gui.Input;
using TrainingSim.Cli.Tests.Support;
using TrainingSim.Core.Progress;
using TrainingSim.Tui.Screens;
using TrainingSim.Tui.Screens.Staff;
using TrainingSim.Tui.Tests.Staff;
using TrainingSim.Tui.Tests.TestSupport;

namespace TrainingSim.Tui.Tests.Sync;

/// <summary>The text UI against the real test LRS (tests/lrs): what a finished attempt does with no sync command.</summary>
public sealed class BackgroundSyncTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string Db => _folder.File("progress.db");

    [LrsFact(shared: false)]
    public void FinishedAttempt_ReachesTheLrs_WithoutASyncCommand_EachStatementOnce()
    {
        using var lrs = TestLrs.Start();
        using var store = SyncPlay.Open(Db);
        using var game = new GameHarness(store: store, lrs: SyncPlay.Endpoint(lrs.Endpoint));

        game.Settle().PlayBilling().Settle();

        using var probe = new LrsProbe(lrs.Endpoint);
        var held = probe.All().Select(s => s["id"]!.GetValue<string>()).ToList();
        Assert.Equal(SyncPlay.StatementIds(store).Order(), held.Order());
        Assert.Equal(0, store.OutboxCount());
        Assert.NotNull(store.ReadSyncState().LastSuccess);
    }

    [LrsFact]
    public void Call_LrsNeverAnswers_TheWholeCallIsPlayedMeanwhile_ThenItSaysUnreachable()
    {
        using var proxy = new FaultyProxy(TestLrs.Shared, _ => Fault.Cut);
        using var store = SyncPlay.Open(Db);
        using var game = new GameHarness(store: store, lrs: SyncPlay.Endpoint(proxy.Endpoint), syncTimeout: TimeSpan.FromSeconds(2));

        game.PlayBilling();

        Assert.IsType<ScorecardScreen>(game.Screen);
        Assert.True(game.Flow.Sync!.Busy);
        Assert.Equal(2, Assert.Single(store.Attempts(AttemptQuery.All)).Turns.Count);
        game.Settle();
        Assert.Contains("LRS 无法连接（自 09:00 起）", game.Text(), StringComparison.Ordinal);
        Assert.Equal(SyncPlay.StatementIds(store).Count, store.OutboxCount());
    }

    [LrsFact]
    public void LrsDownThenBack_WhatWaitedGoesOnTheNextTry_WithNobodyDoingAnything()
    {
        using var proxy = new FaultyProxy(TestLrs.Shared);
        proxy.Stop();
        using var store = SyncPlay.Open(Db);
        using var game = new GameHarness(store: store, lrs: SyncPlay.Endpoint(proxy.Endpoint));
        game.Settle().PlayBilling().Settle();
        Assert.Contains("LRS 无法连接", game.Text(), StringComparison.Ordinal);

        proxy.Start();
        game.Wait(TimeSpan.FromMinutes(1)).Settle();

        Assert.Contains("已同步", game.Text(), StringComparison.Ordinal);
        Assert.Equal(0, store.OutboxCount());
        using var probe = new LrsProbe(TestLrs.Shared);
        Assert.All(SyncPlay.StatementIds(store), id => Assert.NotNull(probe.Find(id)));
        Assert.Null(store.ReadSyncState().UnreachableSince);
    }

    [LrsFact(shared: false)]
    public void Lead_F6OnTheDashboard_PullsTheClassroomsAttempts_AndShowsTheirTrainee()
    {
        using var lrs = TestLrs.Start();
        using (var classroom = SyncPlay.Open(_folder.File("classroom.db")))
        using (var game = new GameHarness(store: classroom, lrs: SyncPlay.Endpoint(lrs.Endpoint)))
            game.Settle().PlayBilling("李娜").Settle();
        using var leadStore = SyncPlay.Open(_folder.File("lead.db"));
        using var lead = new StaffHarness(store: leadStore, roles: StaffData.RolesWithPassphrases(), lrs: SyncPlay.Endpoint(lrs.Endpoint, "lead"));
        lead.RunQueued().Unlock(1, StaffData.Passphrase).Press(Key.Enter);
        Assert.IsType<CohortScreen>(lead.Screen);
        Assert.DoesNotContain("李娜", lead.Text(), StringComparison.Ordinal);

        lead.Press(Key.F6);
        Assert.Contains("正在从 LRS 拉取…", lead.Text(), StringComparison.Ordinal);
        lead.RunQueued();

        var screen = lead.Text();
        Assert.Contains("李娜", screen, StringComparison.Ordinal);
        Assert.Contains("F6 从 LRS 拉取", screen, StringComparison.Ordinal);
        Assert.Single(leadStore.Attempts(AttemptQuery.All));
        Snapshot.Match(screen);
    }

    public void Dispose() => _folder.Dispose();
}
