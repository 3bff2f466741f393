using Microsoft.Extensions.Time.Testing;
using Snapshooter;
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
    public void RoleEntry_NoPassphraseSet_SaysHowToSetOneAndTakesNone()
    {
        using var game = new StaffHarness();
        var signIn = game.Text();
        game.Press(Key.F9);
        var screen = game.Text();

        game.Press(Key.Enter).Type("whoever-gets-here-first").Press(Key.Enter).Type("whoever-gets-here-first").Press(Key.Enter);

        Assert.Contains("F9", signIn, StringComparison.Ordinal);
        Assert.IsType<StaffUnlockScreen>(game.Screen);
        Assert.DoesNotContain("首次使用", screen, StringComparison.Ordinal);
        Assert.Contains("trainingsim staff passphrase --role trainer", screen, StringComparison.Ordinal);
        Assert.Null(game.Roles.Find(Role.Trainer));
        Assert.Null(game.Flow.Staff.Session);
        Snapshot.Match(screen);
    }

    [Fact]
    public void RoleEntry_RightPassphrase_OpensTrainerMenuWithSignOutAndPassphrase()
    {
        using var game = new StaffHarness(roles: StaffData.RolesWithPassphrases());
        game.Unlock(0, StaffData.Passphrase);

        var menu = Assert.IsType<StaffMenuScreen>(game.Screen);
        Assert.Equal(Role.Trainer, menu.Role);
        Snapshot.Match(game.Text());
    }

    [Theory]
    [InlineData("zh-CN", "培训师/组长登录", "确定")]
    [InlineData("en", "Trainer / lead sign-in", "Unlock")]
    public void RoleEntry_TypingOnTheRoleList_GoesIntoThePassphraseAndKeepsTheRole(string culture, string title, string unlock)
    {
        using var game = new StaffHarness(roles: StaffData.RolesWithPassphrases(), culture: culture);
        // ↑↓ pick the lead on the list (↓ on the last row would leave the list), then the passphrase is typed
        // straight away: no Enter, no Tab.
        game.Press(Key.F9).Press(Key.CursorDown).Press(Key.CursorUp).Press(Key.CursorDown).Type(StaffData.Passphrase);
        var typed = game.Text();
        var lines = typed.Split('\n');

        game.Press(Key.Enter);

        Assert.Contains(title, lines[0], StringComparison.Ordinal);
        Assert.Contains(unlock, lines[^2], StringComparison.Ordinal);
        Assert.Contains("Esc", lines[^2], StringComparison.Ordinal);
        var menu = Assert.IsType<StaffMenuScreen>(game.Screen);
        Assert.Equal(Role.Lead, menu.Role);
        Snapshot.Match(typed, SnapshotNameExtension.Create(culture));
    }

    [Fact]
    public void StaffMenu_SignOut_BackToSignInWithNoSessionOrName()
    {
        using var game = new StaffHarness(roles: StaffData.RolesWithPassphrases());
        game.Unlock(1, StaffData.Passphrase).Press(Key.CursorDown, 3).Press(Key.Enter);

        Assert.IsType<SignInScreen>(game.Screen);
        Assert.Null(game.Flow.Staff.Session);
        Assert.DoesNotContain("组长", game.Text().Split('\n')[0], StringComparison.Ordinal);
    }

    [Fact]
    public void StaffMenu_ChangePassphrase_CurrentThenNewTwice_Replaced()
    {
        using var game = new StaffHarness(roles: StaffData.RolesWithPassphrases());
        const string replacement = "a longer lead passphrase";
        game.Unlock(1, StaffData.Passphrase).Press(Key.CursorDown, 2).Press(Key.Enter);
        Assert.IsType<ChangePassphraseScreen>(game.Screen);

        game.Type("wrong one").Press(Key.Enter).Type(replacement).Press(Key.Enter).Type(replacement).Press(Key.Enter);
        Assert.Contains("口令错误", game.Text(), StringComparison.Ordinal);
        game.Type(StaffData.Passphrase).Press(Key.Enter).Type("too short").Press(Key.Enter).Type("too short").Press(Key.Enter);
        Assert.Contains("至少 12 个字符", game.Text(), StringComparison.Ordinal);
        game.Type(StaffData.Passphrase).Press(Key.Enter).Type(replacement).Press(Key.Enter).Type(replacement).Press(Key.Enter);

        Assert.Contains("✓ 口令已修改", game.Text(), StringComparison.Ordinal);
        Assert.True(PassphraseHasher.Verify(replacement, game.Roles.Find(Role.Lead)!.Hash));
        Assert.True(PassphraseHasher.Verify(StaffData.Passphrase, game.Roles.Find(Role.Trainer)!.Hash));
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
        var clock = new FakeTimeProvider(StaffData.Now);
        using (var first = new StaffHarness(roles: roles, clock: clock))
        {
            first.Unlock(1, "wrong-1");
            for (var i = 2; i <= Lockout.MaxFailures; i++)
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

        clock.Advance(Lockout.FirstLockout);
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

    [Fact]
    public void StaffMenu_TraineePins_EnterResetsTheSelectedTraineesPin()
    {
        using var game = new StaffHarness(store: StaffData.Cohort(), roles: StaffData.RolesWithPassphrases());
        game.Pins.SetPinsOff(false);
        game.Pins.Save(new TraineePin("王芳", PassphraseHasher.Hash("2468")));
        game.Unlock(1, StaffData.Passphrase).Press(Key.CursorDown, 4).Press(Key.Enter);
        Assert.IsType<PinResetScreen>(game.Screen);
        var before = game.Text();

        game.Press(Key.CursorDown).Press(Key.Enter);

        Assert.Contains("王芳", before, StringComparison.Ordinal);
        Assert.Contains("已设置", before, StringComparison.Ordinal);
        Assert.Null(game.Pins.Find("王芳"));
        Assert.Contains("✓ 已重置 王芳 的 PIN", game.Text(), StringComparison.Ordinal);
        Snapshot.Match(before);
    }

    [Fact]
    public void StaffMenu_TrainerToo_ReachesTraineePins()
    {
        using var game = new StaffHarness(store: StaffData.Cohort(), roles: StaffData.RolesWithPassphrases());
        game.Unlock(0, StaffData.Passphrase).Press(Key.CursorDown, 7).Press(Key.Enter);

        Assert.IsType<PinResetScreen>(game.Screen);
    }
}
