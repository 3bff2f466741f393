using Snapshooter;
using Snapshooter.Xunit;
using Terminal.Gui.Input;
using TrainingSim.Tui.Screens;
using TrainingSim.Tui.Screens.Staff;
using TrainingSim.Tui.Tests.Staff;
using TrainingSim.Tui.Tests.TestSupport;

namespace TrainingSim.Tui.Tests.Screens;

public sealed class PastCallsTests
{
    [Fact]
    public void PastCalls_F3OnHome_ListsOnlyTheTraineesOwnCallsNewestFirstAndOpensATranscriptReadOnly()
    {
        using var game = new GameHarness(store: StaffData.Cohort());
        game.Press(Key.CursorDown).Press(Key.Enter);
        Assert.Contains("F3 我的通话", game.Text(), StringComparison.Ordinal);

        game.Press(Key.F3);
        Assert.IsType<PastCallsScreen>(game.Screen);
        var list = game.Text();
        // 王芳's three calls, not 李华's: the newest (hung up) first.
        Assert.Equal(3, list.Split('\n').Count(l => l.Contains("话费多扣了", StringComparison.Ordinal) || l.Contains("愤怒的客户", StringComparison.Ordinal)));
        Assert.True(list.IndexOf("愤怒的客户", StringComparison.Ordinal) < list.IndexOf("话费多扣了", StringComparison.Ordinal));
        Snapshot.Match(list, SnapshotNameExtension.Create("list"));

        game.Press(Key.Enter);
        var transcript = Assert.IsType<TranscriptScreen>(game.Screen);
        Assert.False(transcript.KeyBindings.TryGet(Key.F6, out _));
        // A trainee reads their call as it coached them: no step or item ids.
        Assert.DoesNotContain("opening", game.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("sorry", game.Text(), StringComparison.Ordinal);
        Snapshot.Match(game.Text(), SnapshotNameExtension.Create("transcript"));

        game.Press(Key.Esc).Press(Key.Esc);
        Assert.IsType<HomeScreen>(game.Screen);
    }

    [Fact]
    public void PastCalls_NoCallsYetInEnglish_SaysWhatWillAppear()
    {
        using var game = new GameHarness(culture: "en");
        game.SignInNew().Press(Key.F3);

        Assert.Contains("No calls yet", game.Text(), StringComparison.Ordinal);
    }
}
