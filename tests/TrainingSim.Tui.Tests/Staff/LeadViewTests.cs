using Snapshooter.Xunit;
using Terminal.Gui.Input;
using TrainingSim.Tui.Screens.Staff;

namespace TrainingSim.Tui.Tests.Staff;

public sealed class LeadViewTests
{
    private static StaffHarness Lead()
    {
        var game = new StaffHarness(store: StaffData.Cohort(), roles: StaffData.RolesWithPassphrases());
        game.Unlock(1, StaffData.Passphrase);
        return game;
    }

    [Fact]
    public void Dashboard_Cohort_ShowsTraineesByModuleSortedByProgress()
    {
        using var game = Lead();
        game.Press(Key.Enter);

        Assert.IsType<CohortScreen>(game.Screen);
        Snapshot.Match(game.Text());
    }

    [Fact]
    public void Dashboard_F2_FiltersByCohortAndF3_SortsByName()
    {
        using var game = Lead();
        game.Press(Key.Enter).Press(Key.F2).Press(Key.F2);
        var second = game.Text();
        game.Press(Key.F2).Press(Key.F3);
        var all = game.Text();

        Assert.Contains("赵强", second, StringComparison.Ordinal);
        Assert.DoesNotContain("李华", second, StringComparison.Ordinal);
        Assert.True(all.IndexOf("王芳", StringComparison.Ordinal) < all.IndexOf("赵强", StringComparison.Ordinal));
    }

    [Fact]
    public void DrillDown_FailingIdleTrainee_ShowsTrendSkillsAndFlags()
    {
        using var game = Lead();
        game.Press(Key.Enter).Press(Key.CursorDown).Press(Key.Enter);

        Assert.IsType<TraineeScreen>(game.Screen);
        var screen = game.Text();
        Assert.Contains("最近 3 次练习均未及格", screen, StringComparison.Ordinal);
        Assert.Contains("天没有练习", screen, StringComparison.Ordinal);
        Snapshot.Match(screen);
    }

    [Fact]
    public void Transcript_LatestAttempt_ShowsReplyBesideModelAnswerAndItems()
    {
        using var game = Lead();
        game.Press(Key.Enter).Press(Key.Enter).Press(Key.Enter);

        Assert.IsType<TranscriptScreen>(game.Screen);
        Snapshot.Match(game.Text());
    }

    [Fact]
    public void ItemAnalysis_RecordedAttempts_ShowsMissesPerItem()
    {
        using var game = Lead();
        game.Press(Key.CursorDown).Press(Key.Enter);

        Assert.IsType<ItemAnalysisScreen>(game.Screen);
        Snapshot.Match(game.Text());
    }

    [Fact]
    public void ItemAnalysis_EarlyQuitsOutcomesAndChoices_AreCounted()
    {
        var store = StaffData.Cohort();
        store.ImportAttempt(StaffData.Billing(Guid.NewGuid(), "赵强", "二班", StaffData.Now.AddHours(-2), 0, 0, full: false) with
        {
            Outcome = "privacy-breach",
        });
        store.ImportAttempt(StaffData.Billing(Guid.NewGuid(), "赵强", "二班", StaffData.Now.AddHours(-1), 0, 0, full: false) with
        {
            Outcome = "abandoned",
            Turns = [],
        });
        using var game = new StaffHarness(store: store, roles: StaffData.RolesWithPassphrases());
        game.Unlock(1, StaffData.Passphrase).Press(Key.CursorDown).Press(Key.Enter);

        var screen = game.Text();
        Assert.Contains("6 次 · 完成 5 · 挂断 0 · 放弃 1（其中 1 次未作", screen, StringComparison.Ordinal);
        Assert.Contains("privacy-breach 1", screen, StringComparison.Ordinal);
        Assert.Contains("选了 5/5（100%）", screen, StringComparison.Ordinal);
        Snapshot.Match(screen);
    }
}
