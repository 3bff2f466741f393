using Terminal.Gui.Input;
using TrainingSim.Core.Progress;
using TrainingSim.Tui.Screens;
using TrainingSim.Tui.Tests.TestSupport;

namespace TrainingSim.Tui.Tests.Screens;

/// <summary>The keys are Terminal.Gui commands bound on the screens and the application; the status bar is made from
/// those bindings.</summary>
public sealed class KeyBindingTests
{
    [Fact]
    public void Esc_OnTheFirstScreen_DoesNotQuit_CtrlQDoes()
    {
        using var game = new GameHarness();
        game.Press(Key.Esc);

        Assert.False(game.Flow.Shell.StopRequested);
        Assert.IsType<SignInScreen>(game.Screen);

        game.Press(Key.Q.WithCtrl);
        Assert.True(game.Flow.Shell.StopRequested);
    }

    [Fact]
    public void StatusBar_ShowsTheKeyBoundToTheCommand_SoARebindingShowsAndWorks()
    {
        using var game = new GameHarness();
        game.SignInNew().Press(Key.Enter);
        var briefing = Assert.IsType<BriefingScreen>(game.Screen);
        Assert.Contains("Enter  开始通话", game.Text(), StringComparison.Ordinal);

        briefing.KeyBindings.Remove(Key.Enter);
        briefing.KeyBindings.Add(Key.F12, Command.Accept);
        game.Flow.Shell.Refresh();
        var bar = game.Text().TrimEnd('\n').Split('\n')[^1];

        Assert.Contains("F12  开始通话", bar, StringComparison.Ordinal);
        Assert.DoesNotContain("Enter", bar, StringComparison.Ordinal);
        game.Press(Key.Enter);
        Assert.IsType<BriefingScreen>(game.Screen);
        game.Press(Key.F12);
        Assert.IsType<CallScreen>(game.Screen);
    }

    [Fact]
    public void QuitQuestion_TakesEveryKeyUntilAnswered_ThenTheReplyBoxHasTheFocusAgain()
    {
        using var game = new GameHarness();
        game.SignInNew().Press(Key.Enter).Press(Key.Enter).Press(Key.Q.WithCtrl);

        game.Type("您好").Press(Key.F1).Press(Key.PageUp).Press(Key.Esc);
        Assert.IsType<CallScreen>(game.Screen);
        Assert.DoesNotContain("您好", game.Text(), StringComparison.Ordinal);

        game.Type("您好").Press(Key.Enter);
        var attempt = Assert.Single(game.Store.Attempts(AttemptQuery.All));
        Assert.Equal("您好", Assert.Single(attempt.Turns).Reply);
        Assert.False(game.Flow.Shell.QuitRequested);
    }

    [Fact]
    public void SignIn_CtrlFInTheNameField_GoesToTheSearch()
    {
        using var game = new GameHarness();
        // With the cursor at the start, a text field's own Ctrl+F would move it right and keep the key.
        game.Press(Key.F2).Type("王").Press(Key.Home).Press(Key.F.WithCtrl).Type("李");

        var searchRow = game.Text().Split('\n')[1];
        Assert.Contains("搜索： 李", searchRow, StringComparison.Ordinal);
        Assert.DoesNotContain("王", searchRow, StringComparison.Ordinal);
    }
}
