using TrainingSim.Authoring.Editing;
using TrainingSim.Cli.Commands;
using TrainingSim.Cli.Tests.Support;
using TrainingSim.Core.Courses;
using TrainingSim.Core.Progress;
using TrainingSim.Core.Scenarios;
using TrainingSim.Core.Security;
using TrainingSim.Interchange.Export;
using TrainingSim.Storage;

namespace TrainingSim.Cli.Tests.Commands;

public class TuiDatabaseTests
{
    [Fact]
    public void PinsAndPassphrases_AfterTheStoreWasReopened_GoThroughTheNewOne()
    {
        using var temp = new TempFolder();
        var path = temp.File("progress.db");
        var first = LiteDbProgressStore.Open(path);
        var database = new TuiDatabase(path, first);
        IPinStore pins = database;
        IRoleStore roles = database;

        using var reopened = database.Reopen();
        // The first store is gone (as one that failed on a full disk is unusable): the gates still work.
        first.Dispose();
        var pinGate = new PinGate(pins, TimeProvider.System);
        var roleGate = new RoleGate(roles, TimeProvider.System);
        pinGate.SetPin("李娜", "2468");
        roleGate.SetPassphrase(Role.Lead, "a passphrase of twelve");

        Assert.True(pinGate.Unlock("李娜", "2468").Granted);
        Assert.True(roleGate.Unlock(Role.Lead, "a passphrase of twelve").Granted);
        Assert.NotNull(reopened.Pins.Find("李娜"));
    }

    [Fact]
    public void CoursesReviewAndOverrides_AfterTheStoreWasReopened_GoThroughTheNewOne()
    {
        using var temp = new TempFolder();
        var path = temp.File("progress.db");
        var library = temp.File("library");
        foreach (var file in Directory.EnumerateFiles(TestFiles.Library, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(library, Path.GetRelativePath(TestFiles.Library, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        // A good opening the test rubric underrates (its soothe item knows no 麻烦您了), then the way to the end.
        Assert.Equal(0, InProcessCli.RunWithInput("真是麻烦您了，我这就帮您想办法。\n抱歉，理解您\n2\n", "play", "holiday-bill-payment",
            "--replies", "-", "--trainee", "李娜", "--db", path, "--content", TestFiles.Content, "--scenarios", library).ExitCode);
        var first = LiteDbProgressStore.Open(path);
        first.Statements = new XapiExporter(new Dictionary<string, Scenario>());
        var database = new TuiDatabase(path, first);
        ICourseStore courses = database;
        IReviewStore overrides = database;
        var review = new ReviewLoop([library], TestFiles.Content, database, database, TimeProvider.System);
        var now = new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.FromHours(8));

        using var reopened = database.Reopen();
        // The first store is gone (as one that failed on a full disk is unusable): courses and the review loop still work.
        first.Dispose();
        courses.Assign(new CourseAssignment("2026-11", "week-one", new DateOnly(2026, 12, 1), now));
        courses.GrantRetry(new ExamRetry("李娜", "holiday-bill-payment", now));
        var before = database.Attempts(AttemptQuery.All).Single();
        var outcome = review.AddPhrase("holiday-bill-payment", "opening", "soothe", "麻烦您了");
        var rescored = reopened.FindAttempt(before.Id)!;
        overrides.StoreOverride(before.Id, new ScoreOverride(95, 3, rescored.Score, rescored.Stars, "trainer", "安抚到位", now));

        Assert.Same(first.Statements, reopened.Statements);
        Assert.Equal("week-one", Assert.Single(reopened.Assignments()).PlanId);
        Assert.Equal("holiday-bill-payment", Assert.Single(courses.Retries("李娜")).ScenarioId);
        Assert.True(outcome.Written, outcome.Problem);
        Assert.Single(outcome.Rescored);
        Assert.True(rescored.Score > before.Score, $"{before.Score} → {rescored.Score}");
        Assert.Equal(before.Score, rescored.Rescore!.OriginalScore);
        var overridden = reopened.FindAttempt(before.Id)!;
        Assert.Equal((95, rescored.Score, "trainer"), (overridden.Score, overridden.Override!.ScoredScore, overridden.Override.By));
    }
}
