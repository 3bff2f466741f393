using Snapshooter.Xunit;
using Terminal.Gui.Input;
using TrainingSim.Core.Diagnostics;
using TrainingSim.Core.Progress;
using TrainingSim.Tui.Models.Staff;
using TrainingSim.Tui.Screens;
using TrainingSim.Tui.Screens.Staff;
using TrainingSim.Tui.Tests.TestSupport;

namespace TrainingSim.Tui.Tests.Staff;

public sealed class TrainerViewTests
{
    private static readonly StaffLibraryFile[] Files =
    [
        new("scenarios/zh-CN/账单/billing.yaml", "billing-overcharge", "话费多扣了", []),
        new("scenarios/zh-CN/账单/broken.yaml", null, null,
        [
            new Diagnostic("scenarios/zh-CN/账单/broken.yaml", SourceSpan.At(2, 4), Severity.Error, "TS012", "unknown step 'fixx' in goto"),
            new Diagnostic("scenarios/zh-CN/账单/broken.yaml", SourceSpan.At(9, 0), Severity.Warning, "TS040", "rubric item has no hint"),
        ]),
    ];

    private static StaffHarness Trainer(Func<StaffLibrary>? reload = null, IProgressStore? store = null)
    {
        var game = new StaffHarness(store: store, roles: StaffData.RolesWithPassphrases(), files: Files, reload: reload);
        game.Unlock(0, StaffData.Passphrase);
        return game;
    }

    [Fact]
    public void Library_FilesWithDiagnostics_ListedWithLineAndColumn()
    {
        using var game = Trainer();
        game.Press(Key.Enter);

        Assert.IsType<LibraryScreen>(game.Screen);
        Snapshot.Match(game.Text());
    }

    [Fact]
    public void Library_EnterOnDiagnostic_OpensEditorAtItsLine()
    {
        using var game = Trainer();
        game.Press(Key.Enter).Press(Key.CursorDown).Press(Key.Enter);

        var command = Assert.Single(game.EditorCommands);
        Assert.Equal(["+3", "scenarios/zh-CN/账单/broken.yaml"], command.TakeLast(2));
        Assert.Contains("+3", game.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public void Library_Reload_ShowsTheNewDiagnostics()
    {
        var fixedFiles = new[] { Files[0], Files[1] with { Diagnostics = [], ScenarioId = "fixed", Title = "修好了" } };
        using var game = Trainer(reload: () => new StaffLibrary(fixedFiles, TestScenarios.All));
        game.Press(Key.Enter).Press(Key.F5);
        Assert.Contains("TS012", game.Text(), StringComparison.Ordinal);

        var screen = game.RunQueued().Text();
        Assert.DoesNotContain("TS012", screen, StringComparison.Ordinal);
        Assert.Contains("修好了", screen, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_EveryFileHasErrors_OpensOnTheLibraryWithEachErrorOnOneLine()
    {
        using var game = new StaffHarness(files: [Files[1]], scenarios: []);

        Assert.IsType<LibraryScreen>(game.Screen);
        var screen = game.Text();
        Assert.Matches(@"✗ 3:5 +TS012 +unknown step 'fixx' in goto", screen);
        Assert.Contains("没有可以玩的场景", screen, StringComparison.Ordinal);
        Snapshot.Match(screen);

        game.Press(Key.CursorDown).Press(Key.Enter);
        Assert.Equal(["+3", "scenarios/zh-CN/账单/broken.yaml"], Assert.Single(game.EditorCommands).TakeLast(2));
        game.Press(Key.Esc);
        Assert.IsType<SignInScreen>(game.Screen);
    }

    [Fact]
    public void PlayTest_Call_RecordsNothing()
    {
        var store = new InMemoryProgressStore();
        using var game = Trainer(store: store);
        game.Press(Key.CursorDown).Press(Key.Enter);
        var list = game.Text();
        Snapshot.Match(list);
        game.Press(Key.Enter).Type("您好，非常抱歉，我帮您查一下").Press(Key.Enter);

        Assert.IsType<CallScreen>(game.Screen);
        Assert.Contains("话费多扣了", list, StringComparison.Ordinal);
        Assert.Contains("✓", game.Text(), StringComparison.Ordinal);
        Assert.Empty(store.Attempts(AttemptQuery.All));
        Assert.Empty(store.ListTrainees());
    }

    [Fact]
    public void RubricPreview_TypedReply_HighlightsEvidenceScoreAndBranch()
    {
        using var game = Trainer();
        game.Press(Key.CursorDown, 2).Press(Key.Enter).Type("您好，非常抱歉");

        Assert.IsType<RubricPreviewScreen>(game.Screen);
        var screen = game.Text();
        Assert.Contains("【您好】，非常【抱歉】", screen, StringComparison.Ordinal);
        Snapshot.Match(screen);
    }

    [Fact]
    public void RubricPreview_ScenarioFilter_KeepsOnlyThatScenariosSteps()
    {
        using var game = Trainer();
        game.Press(Key.CursorDown, 2).Press(Key.Enter).Press(Key.F3).Type("愤怒");

        var filtered = game.Text();
        Assert.Contains("1 个场景 · 1/2 步", filtered, StringComparison.Ordinal);
        Assert.Contains("愤怒的客户", filtered, StringComparison.Ordinal);
        Assert.DoesNotContain("话费多扣了", filtered, StringComparison.Ordinal);
        Assert.Contains("F3  筛选场景", filtered, StringComparison.Ordinal);
        Snapshot.Match(filtered);

        game.Press(Key.Enter).Type("非常抱歉");
        Assert.Contains("抱歉】", game.Text(), StringComparison.Ordinal);
        game.Press(Key.F3).Type("zzz");
        Assert.Contains("没有场景符合筛选", game.Text(), StringComparison.Ordinal);
    }
}
