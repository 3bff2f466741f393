using Snapshooter;
using Snapshooter.Xunit;
using Terminal.Gui.Input;
using TrainingSim.Core.Progress;
using TrainingSim.Tui.Screens;
using TrainingSim.Tui.Tests.TestSupport;

namespace TrainingSim.Tui.Tests.Screens;

public sealed class ShellTests
{
    [Fact]
    public void Call_TerminalBelow80x24_ShowsTooSmallAndTakesNoKeys()
    {
        using var game = new GameHarness();
        game.SignInNew().Press(Key.Enter).Press(Key.Enter);

        game.Resize(30, 10);
        var small = game.Text();
        game.Type("您好").Press(Key.Enter);
        game.Resize(80, 24);

        Assert.IsType<CallScreen>(game.Screen);
        Assert.Empty(Assert.Single(game.Store.Attempts(AttemptQuery.All)).Turns);
        Assert.DoesNotContain("我：您好", game.Text(), StringComparison.Ordinal);
        Snapshot.Match(small);
    }

    [Fact]
    public void CtrlQ_OnHome_QuitsAtOnce()
    {
        using var game = new GameHarness();
        game.SignInNew().Press(Key.Q.WithCtrl);

        Assert.True(game.Flow.Shell.QuitRequested);
    }

    [Fact]
    public void CtrlQ_DuringACall_AsksFirstAndNoKeepsPlaying()
    {
        using var game = new GameHarness();
        game.SignInNew().Press(Key.Enter).Press(Key.Enter).Press(Key.Q.WithCtrl);
        var question = game.Text();

        Assert.False(game.Flow.Shell.QuitRequested);
        game.Press(Key.N);
        Assert.False(game.Flow.Shell.QuitRequested);
        Assert.IsType<CallScreen>(game.Screen);
        Snapshot.Match(question);
    }

    [Fact]
    public void CtrlQ_DuringACallConfirmed_QuitsAndStoresAbandoned()
    {
        using var game = new GameHarness();
        game.SignInNew().Press(Key.Enter).Press(Key.Enter)
            .Type("您好").Press(Key.Enter).Press(Key.Q.WithCtrl).Press(Key.Y);

        Assert.True(game.Flow.Shell.QuitRequested);
        var attempt = Assert.Single(game.Store.Attempts(AttemptQuery.All));
        Assert.Equal("abandoned", attempt.Outcome);
        Assert.Single(attempt.Turns);
    }

    [Fact]
    public void Resize_CallFrom100x30To80x24_RedrawsToFit()
    {
        using var game = new GameHarness(100, 30);
        game.SignInNew().Press(Key.Enter).Press(Key.Enter).Type("您好，请问有什么可以帮您");
        var wide = game.Text();

        game.Resize(80, 24);
        var narrow = game.Text();

        Assert.Equal(24, narrow.TrimEnd('\n').Split('\n').Length);
        Assert.All(narrow.TrimEnd('\n').Split('\n'), line => Assert.True(Tui.Text.Columns.Width(line) <= 80, line));
        Snapshot.Match(wide, SnapshotNameExtension.Create("100x30"));
        Snapshot.Match(narrow, SnapshotNameExtension.Create("80x24"));
    }

    [Fact]
    public void English_Interface_UsesEnglishStrings()
    {
        using var game = new GameHarness(culture: "en");
        game.SignInNew("Ann", "A1");

        var text = game.Text();
        Assert.Contains("Trainee Ann", text, StringComparison.Ordinal);
        Assert.Contains("Quit", text, StringComparison.Ordinal);
    }
}
