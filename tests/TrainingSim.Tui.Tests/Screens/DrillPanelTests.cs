using Microsoft.Extensions.Time.Testing;
using Snapshooter.Xunit;
using Terminal.Gui.Input;
using TrainingSim.Core.Calls;
using TrainingSim.Core.Progress;
using TrainingSim.Storage;
using TrainingSim.Tui.Screens;
using TrainingSim.Tui.Tests.TestSupport;

namespace TrainingSim.Tui.Tests.Screens;

/// <summary>The weak-skill drill on home, from calls recorded in a real progress file through the one call loop.</summary>
public sealed class DrillPanelTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("trainingsim-drill-");

    private string DatabasePath => Path.Combine(_folder.FullName, "progress.db");

    public void Dispose() => _folder.Delete(recursive: true);

    /// <summary>Three practice calls of the billing scenario, polite and helpful but never apologising: empathy
    /// scores 0 in each.</summary>
    private void RecordCallsWithoutEmpathy(LiteDbProgressStore store)
    {
        var trainee = store.AddTrainee("张小明", "2026春季班");
        var clock = new FakeTimeProvider(GameHarness.Start.AddDays(-1));
        foreach (var reply in new[] { "您好，我帮您查一下。", "您好，我这就查。", "您好，请稍等，我查查看。" })
        {
            var call = CallSession.Record(TestScenarios.Billing, store, trainee, PlayMode.Practice, clock: clock);
            call.Reply(reply);
            call.Choose(1);
            clock.Advance(TimeSpan.FromMinutes(10));
        }
    }

    [Fact]
    public void Home_WeakEmpathy_OffersTheDrillWithWhy_80x24()
    {
        using var store = LiteDbProgressStore.Open(DatabasePath);
        RecordCallsWithoutEmpathy(store);
        using var game = new GameHarness(store: store);
        game.Press(Key.Enter);

        var text = game.Text();
        Assert.Contains("练薄弱项（F5）：共情 最近 3 次加权平均 0 分", text, StringComparison.Ordinal);
        Snapshot.Match(text);
    }

    [Fact]
    public void Home_F5_OpensTheDrillsFirstScenarioAsPractice()
    {
        using var store = LiteDbProgressStore.Open(DatabasePath);
        RecordCallsWithoutEmpathy(store);
        using var game = new GameHarness(store: store);
        game.Press(Key.Enter).Press(Key.F5);

        // The billing call earned a star, so the angry caller is unlocked, and it trains empathy most.
        Assert.IsType<BriefingScreen>(game.Screen);
        Assert.Contains("愤怒的客户", game.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public void Home_NewTrainee_SaysThereIsNotEnoughEvidenceYet()
    {
        using var game = new GameHarness();
        game.SignInNew();

        Assert.Contains("练薄弱项：记录还不够", game.Text(), StringComparison.Ordinal);
        game.Press(Key.F5);
        Assert.IsType<HomeScreen>(game.Screen);
        Assert.Contains("还没有练薄弱项的建议", game.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public void Home_InEnglish_SaysWhyInEnglish()
    {
        using var store = LiteDbProgressStore.Open(DatabasePath);
        RecordCallsWithoutEmpathy(store);
        using var game = new GameHarness(store: store, culture: "en");
        game.Press(Key.Enter);

        Assert.Contains("Drill (F5): Empathy, weighted average 0 over the last 3 calls", game.Text(), StringComparison.Ordinal);
    }
}
