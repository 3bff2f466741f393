using System.Text.RegularExpressions;
using Snapshooter;
using Snapshooter.Xunit;
using Terminal.Gui.Input;
using TrainingSim.Core.Progress;
using TrainingSim.Tui.Screens.Staff;
using TrainingSim.Tui.Tests.TestSupport;
using TrainingSim.Tui.Text;

namespace TrainingSim.Tui.Tests.Staff;

/// <summary>The staff tables on the shipped library at 80×24 and 100×30: a label is cut (with …) only when the line has
/// no room for it, and a cell never runs into the next one.</summary>
public sealed class StaffTableLayoutTests
{
    [Theory]
    [InlineData(100, 30)]
    [InlineData(80, 24)]
    public void DrillDown_LongSkillNames_AreWrittenWhole(int width, int height)
    {
        var store = new InMemoryProgressStore();
        store.AddTrainee("王芳", "一班");
        store.ImportAttempt(StaffData.Billing(Guid.NewGuid(), "王芳", "一班", StaffData.Now.AddHours(-1), 70, 1, full: true) with
        {
            ScenarioId = ShippedLibrary.Scenarios[0].Id,
            Skills = new Dictionary<string, int> { ["closing"] = 40, ["compliance"] = 70, ["courtesy"] = 90 },
        });
        using var game = new StaffHarness(store: store, roles: StaffData.RolesWithPassphrases(), scenarios: ShippedLibrary.Scenarios,
            content: ShippedLibrary.Content, width: width, height: height);
        game.Unlock(1, StaffData.Passphrase).Press(Key.Enter).Press(Key.Enter);

        Assert.IsType<TraineeScreen>(game.Screen);
        var screen = game.Text();
        Assert.Contains("结束语与回访   ", screen, StringComparison.Ordinal);
        Assert.Contains("合规与信息安全 ", screen, StringComparison.Ordinal);
        Assert.DoesNotContain("结束语与…", screen, StringComparison.Ordinal);
        Assert.DoesNotContain("合规与信…", screen, StringComparison.Ordinal);
        Snapshot.Match(screen, SnapshotNameExtension.Create($"{width}x{height}"));
    }

    [Theory]
    [InlineData("zh-CN", 100, 30)]
    [InlineData("zh-CN", 80, 24)]
    [InlineData("en", 100, 30)]
    [InlineData("en", 80, 24)]
    public void PlayTest_ShippedLibrary_TitlesCutOnlyWithoutRoomAndApartFromIds(string culture, int width, int height)
    {
        using var game = new StaffHarness(roles: StaffData.RolesWithPassphrases(), scenarios: ShippedLibrary.Scenarios,
            content: ShippedLibrary.Content, culture: culture, width: width, height: height);
        game.Unlock(0, StaffData.Passphrase).Press(Key.CursorDown).Press(Key.Enter);

        Assert.IsType<PlayTestScreen>(game.Screen);
        var screen = game.Text();
        var scenarios = ShippedLibrary.Scenarios;
        var rows = screen.Split('\n').Where(l => Regex.IsMatch(l, "^[▶ ] \\S")).Skip(1).ToList();
        Assert.NotEmpty(rows);
        // The table's natural line: every column as wide as its widest cell (the ▶ column and one space between).
        var natural = 2 + 3 + new[]
        {
            scenarios.Select(s => s.Module), scenarios.Select(s => new string('◆', s.Difficulty)), scenarios.Select(s => s.Title), scenarios.Select(s => s.Id),
        }.Sum(ColumnWidths.Natural);
        foreach (var row in rows)
        {
            var scenario = scenarios.Single(s => Regex.IsMatch(row, $" {Regex.Escape(s.Id)}$") && row.Contains(Shown(row, s.Title), StringComparison.Ordinal));
            var title = Shown(row, scenario.Title);
            Assert.Matches($"{Regex.Escape(title)} +{Regex.Escape(scenario.Id)}$", row);
            if (title != scenario.Title)
                Assert.True(natural > width, $"{scenario.Title} is cut at {width} columns though the table fits in {natural}");
            Assert.True(Columns.Width(row) <= width, row);
        }
        Snapshot.Match(screen, SnapshotNameExtension.Create($"{culture}-{width}x{height}"));
    }

    [Theory]
    [InlineData(100, 30)]
    [InlineData(80, 24)]
    public void Dashboard_ShippedModules_HeadersWholeAndTheRestSideways(int width, int height)
    {
        using var game = new StaffHarness(store: StaffData.Cohort(), roles: StaffData.RolesWithPassphrases(), scenarios: ShippedLibrary.Scenarios,
            content: ShippedLibrary.Content, width: width, height: height);
        game.Unlock(1, StaffData.Passphrase).Press(Key.Enter);

        var first = game.Text();
        var header = first.Split('\n')[4];
        Assert.Contains("←→", first.Split('\n')[3], StringComparison.Ordinal);
        var modules = ShippedLibrary.Scenarios.Select(s => s.Module).Distinct().ToList();
        var shown = modules.Where(m => Shows(header, m)).ToList();
        Assert.InRange(shown.Count, 1, modules.Count - 1);
        Assert.DoesNotContain("…", header, StringComparison.Ordinal);
        Assert.True(Columns.Width(header) <= width);
        game.Press(Key.CursorRight);
        var next = game.Text().Split('\n')[4];
        Assert.Contains(modules.Except(shown), m => Shows(next, m));
        Assert.DoesNotContain("…", next, StringComparison.Ordinal);
        Snapshot.Match(first, SnapshotNameExtension.Create($"{width}x{height}"));
    }

    private static bool Shows(string header, string module) => Regex.IsMatch(header, $" {Regex.Escape(module)}( |$)");

    /// <summary>How <paramref name="text"/> shows in <paramref name="row"/>: whole, or its start and … when cut.</summary>
    private static string Shown(string row, string text)
    {
        if (row.Contains(text + " ", StringComparison.Ordinal))
            return text;
        for (var length = text.Length - 1; length > 0; length--)
        {
            if (row.Contains(text[..length] + "…", StringComparison.Ordinal))
                return text[..length] + "…";
        }
        return text;
    }
}
