using System.Text.Json;
using TrainingSim.Cli.Tests.Support;

namespace TrainingSim.Cli.Tests.Commands;

/// <summary><c>drill --trainee</c> on a real progress file filled by <c>play --trainee</c>: calls that keep missing
/// empathy make empathy the drill, with the scenarios that train it most (never one without empathy).</summary>
public class DrillCommandTests
{
    private static readonly string Library = Path.Combine(TestFiles.Root, "drill");
    private const string Lead = "lead passphrase 2026";

    private static string[] With(params string[] args) =>
        [.. args, "--content", TestFiles.Content, "--scenarios", Library, "--lang", "en"];

    private static void Play(string db, string scenario, string reply) =>
        Assert.Equal(ExitCodes.Success,
            InProcessCli.RunWithInput(reply + "\n", With("play", scenario, "--replies", "-", "--trainee", "ann", "--db", db)).ExitCode);

    /// <summary>Courteous calls, empathy missed twice: empathy scores 0 over three calls, courtesy 100 over five.</summary>
    private static void PlayWeakEmpathy(string db)
    {
        Play(db, "drill-courtesy", "Hello, thank you for calling.");
        Play(db, "drill-courtesy", "Hello, thank you for calling.");
        Play(db, "drill-empathy", "Hello, let me see.");
        Play(db, "drill-empathy", "Hello, one moment.");
        Play(db, "drill-empathy", "Hello, please hold.");
    }

    [Fact]
    public void Drill_WeakEmpathy_ChoosesEmpathyAndTheScenariosThatTrainItMost()
    {
        using var temp = new TempFolder();
        var db = temp.File("progress.db");
        PlayWeakEmpathy(db);

        var result = InProcessCli.Run(With("drill", "--trainee", "ann", "--format", "json", "--db", db));

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var plan = JsonDocument.Parse(result.Out).RootElement;
        Assert.Equal("empathy", plan.GetProperty("skill").GetString());
        Assert.Equal(0, plan.GetProperty("weighted_score").GetDouble());
        Assert.Equal(["drill-empathy", "drill-mixed"],
            plan.GetProperty("queue").EnumerateArray().Select(p => p.GetProperty("scenario").GetString()));
        Assert.Equal(1, plan.GetProperty("queue")[0].GetProperty("miss_rate").GetDouble());
    }

    [Fact]
    public void Drill_Text_SaysWhy()
    {
        using var temp = new TempFolder();
        var db = temp.File("progress.db");
        PlayWeakEmpathy(db);

        var result = InProcessCli.Run(With("drill", "--trainee", "ann", "--db", db));

        Assert.Equal(
        [
            "ann: drill Empathy — weighted average 0 over the last 3 calls; these 2 scenarios train it most:",
            "  1. Upset about a bill (drill-empathy) · Empathy 67% of its points · missed 100% of the time",
            "  2. A slow line (drill-mixed) · Empathy 25% of its points · not tried yet",
            "skills: Empathy 0 (3 calls, 3 turns) · Courtesy 100 (5 calls, 5 turns)",
        ], result.OutLines);
    }

    [Fact]
    public void Drill_IsPlannedAgainAfterEachAttempt()
    {
        using var temp = new TempFolder();
        var db = temp.File("progress.db");
        PlayWeakEmpathy(db);
        Play(db, "drill-empathy", "Hello, I'm sorry, I understand how annoying that is.");
        Play(db, "drill-empathy", "Hello, I'm sorry, I understand.");

        var plan = JsonDocument.Parse(InProcessCli.Run(With("drill", "--trainee", "ann", "--format", "json", "--db", db)).Out).RootElement;

        // Two recent full-empathy calls after three empty ones: 100·(1 + 0.79) / (1 + 0.79 + 0.63 + 0.5 + 0.4) ≈ 54,
        // where the plain mean would say 40; still the weakest skill.
        Assert.Equal("empathy", plan.GetProperty("skill").GetString());
        Assert.Equal(54, plan.GetProperty("weighted_score").GetDouble(), 0);
        Assert.True(plan.GetProperty("queue")[0].GetProperty("miss_rate").GetDouble() < 1);
    }

    [Fact]
    public void Drill_OneCall_IsNotEnoughEvidence()
    {
        using var temp = new TempFolder();
        var db = temp.File("progress.db");
        Play(db, "drill-empathy", "Hello.");

        var result = InProcessCli.Run(With("drill", "--trainee", "ann", "--db", db));

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.StartsWith("ann: not enough evidence yet", result.OutLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Drill_UnknownTrainee_ExitsOne()
    {
        using var temp = new TempFolder();
        var db = temp.File("progress.db");
        Play(db, "drill-empathy", "Hello.");

        var result = InProcessCli.Run(With("drill", "--trainee", "nobody", "--db", db));

        Assert.Equal(ExitCodes.Problem, result.ExitCode);
        Assert.Single(result.ErrorLines);
    }

    [Fact]
    public void Drill_WithAStaffPassphraseSet_NeedsIt()
    {
        using var temp = new TempFolder();
        var db = temp.File("progress.db");
        Play(db, "drill-empathy", "Hello.");
        InProcessCli.RunWithInput($"{Lead}\n{Lead}\n", "staff", "passphrase", "--role", "lead", "--db", db, "--lang", "en");

        var refused = InProcessCli.Run(With("drill", "--trainee", "ann", "--db", db));
        var allowed = InProcessCli.RunIn(InProcessCli.Environment() with { StaffPassphraseVariable = Lead }, "",
            With("drill", "--trainee", "ann", "--db", db));

        Assert.Equal(ExitCodes.Usage, refused.ExitCode);
        Assert.Equal(ExitCodes.Success, allowed.ExitCode);
    }
}
