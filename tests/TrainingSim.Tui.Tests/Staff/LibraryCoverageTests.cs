using Snapshooter.Xunit;
using Terminal.Gui.Input;
using TrainingSim.Core.Diagnostics;
using TrainingSim.Tui.Models.Staff;
using TrainingSim.Tui.Tests.TestSupport;

namespace TrainingSim.Tui.Tests.Staff;

/// <summary>The library browser shows the explorer's coverage of the selected file's scenario, computed off the UI
/// thread with a fixed seed.</summary>
public sealed class LibraryCoverageTests
{
    private static readonly StaffLibraryFile[] Files =
    [
        new("scenarios/zh-CN/账单/broken.yaml", null, null,
            [new Diagnostic("scenarios/zh-CN/账单/broken.yaml", SourceSpan.At(2, 4), Severity.Error, "TS012", "unknown step 'fixx' in goto")]),
        new("scenarios/zh-CN/账单/billing.yaml", "billing-overcharge", "话费多扣了", []),
    ];

    private static StaffHarness Library()
    {
        var game = new StaffHarness(roles: StaffData.RolesWithPassphrases(), files: Files);
        game.Unlock(0, StaffData.Passphrase);
        return game.Press(Key.Enter);
    }

    [Fact]
    public void Library_SelectingAFile_ShowsItsCoverageOnceComputed()
    {
        using var game = Library();
        game.Press(Key.CursorDown, 2);
        Assert.Contains("正在随机试走这个场景（50 通，种子 1）", game.Text(), StringComparison.Ordinal);

        var screen = game.RunQueued().Text();

        // The billing call's only reply is its model answer, which never says 耐心: the bonus item is never earned.
        Assert.Contains("覆盖（随机 50 通，种子 1）：步骤 100%（3/3）", screen, StringComparison.Ordinal);
        Assert.Contains("从未得分：opening/thanks", screen, StringComparison.Ordinal);
        Snapshot.Match(screen);
    }

    [Fact]
    public void Library_SameFileAgain_ShowsTheKnownCoverageAtOnce()
    {
        using var game = Library();
        game.Press(Key.CursorDown, 2).RunQueued().Press(Key.CursorUp).Press(Key.CursorDown);

        Assert.Contains("从未得分：opening/thanks", game.Text(), StringComparison.Ordinal);
    }
}
