using Snapshooter.Xunit;
using Terminal.Gui.Input;
using TrainingSim.Core.Security;
using TrainingSim.Tui.Models.Staff;
using TrainingSim.Tui.Screens;
using TrainingSim.Tui.Screens.Staff;
using TrainingSim.Tui.Tests.TestSupport;

namespace TrainingSim.Tui.Tests.Staff;

public sealed class StaffRoleTests
{
    [Fact]
    public void RoleEntry_F9OnSignInFirstUse_AsksToSetPassphrase()
    {
        using var game = new StaffHarness();
        var signIn = game.Text();
        game.Press(Key.F9);

        Assert.Contains("F9", signIn, StringComparison.Ordinal);
        Assert.IsType<StaffUnlockScreen>(game.Screen);
        Snapshot.Match(game.Text());
    }

    [Fact]
    public void RoleEntry_FirstUseTooShort_RefusedAndNothingStored()
    {
        using var game = new StaffHarness();
        game.Unlock(0, "short", firstUse: true);

        Assert.IsType<StaffUnlockScreen>(game.Screen);
        Assert.Contains("至少 8 个字符", game.Text(), StringComparison.Ordinal);
        Assert.Null(game.Roles.Find(Role.Trainer));
    }

    [Fact]
    public void RoleEntry_FirstUseTypedTwice_SetsPassphraseAndOpensTrainerMenu()
    {
        using var game = new StaffHarness();
        game.Unlock(0, "trainer-secret", firstUse: true);

        var menu = Assert.IsType<StaffMenuScreen>(game.Screen);
        Assert.Equal(Role.Trainer, menu.Role);
        Assert.True(PassphraseHasher.Verify("trainer-secret", game.Roles.Find(Role.Trainer)!.Hash));
        Assert.Null(game.Roles.Find(Role.Lead));
        Snapshot.Match(game.Text());
    }

    [Fact]
    public void RoleEntry_WrongPassphrase_RefusedWithTriesLeft()
    {
        using var game = new StaffHarness(roles: StaffData.RolesWithPassphrases());
        game.Unlock(1, "not the one");

        Assert.IsType<StaffUnlockScreen>(game.Screen);
        Assert.Null(game.Flow.Staff.Session);
        Snapshot.Match(game.Text());
    }

    [Fact]
    public void RoleEntry_LockedOut_StaysLockedForANewGateOnTheSameStore()
    {
        var roles = StaffData.RolesWithPassphrases();
        var clock = new ManualClock(StaffData.Now);
        using (var first = new StaffHarness(roles: roles, clock: clock))
        {
            first.Unlock(1, "wrong-1");
            for (var i = 2; i <= RoleGate.MaxFailures; i++)
                first.Type($"wrong-{i}").Press(Key.Enter);
            Assert.Contains("已锁定", first.Text(), StringComparison.Ordinal);
        }

        // A restart: a new program, a new RoleGate, the same stored state.
        using (var second = new StaffHarness(roles: roles, clock: clock))
        {
            second.Unlock(1, StaffData.Passphrase);
            Assert.IsType<StaffUnlockScreen>(second.Screen);
            Assert.Contains("已锁定，30 秒钟后再试", second.Text(), StringComparison.Ordinal);
        }

        clock.Advance(RoleGate.FirstLockout);
        using var third = new StaffHarness(roles: roles, clock: clock);
        third.Unlock(1, StaffData.Passphrase);
        Assert.IsType<StaffMenuScreen>(third.Screen);
    }

    [Fact]
    public void Transcript_TraineeSession_CannotOpenAnotherTraineesAttempt()
    {
        var store = StaffData.Cohort();
        var liHua = new ScopedProgress(store, Session.ForTrainee("李华"));

        var others = new TranscriptModel(liHua, StaffData.WangFangAngry, TestScenarios.All);
        var own = new TranscriptModel(liHua, StaffData.LiHuaBilling, TestScenarios.All);

        Assert.Null(others.Attempt);
        Assert.Empty(others.Moods);
        Assert.Equal("李华", own.Attempt?.Trainee);
    }

    [Fact]
    public void RoleEntry_SignedInTrainee_F9DoesNothingOnHome()
    {
        using var game = new StaffHarness(roles: StaffData.RolesWithPassphrases());
        game.Press(Key.F2).Type("张小明").Press(Key.Enter).Type("一班").Press(Key.Enter).Press(Key.F9);

        Assert.IsType<HomeScreen>(game.Screen);
        Assert.Null(game.Flow.Staff.Session);
    }

    [Fact]
    public void StaffViews_BackFromMenu_ReturnToSignIn()
    {
        using var game = new StaffHarness(roles: StaffData.RolesWithPassphrases());
        game.Unlock(0, StaffData.Passphrase).Press(Key.Esc);

        Assert.IsType<SignInScreen>(game.Screen);
        Assert.Null(game.Flow.Shell.Who);
    }
}
