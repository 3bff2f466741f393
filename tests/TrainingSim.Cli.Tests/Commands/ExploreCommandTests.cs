using System.Text.Json;
using TrainingSim.Cli.Tests.Support;

namespace TrainingSim.Cli.Tests.Commands;

/// <summary><c>test --explore N</c> on small scripts whose coverage is known: <c>coverage.yaml</c> has a step nothing
/// leads to and an item no reply earns, <c>loop.yaml</c> never ends, <c>slow-regex.yaml</c> has a reply that makes a
/// back-tracking regex time out.</summary>
public class ExploreCommandTests
{
    private static readonly string Folder = Path.Combine(TestFiles.Root, "explore");
    private static readonly string Coverage = Path.Combine(Folder, "coverage.yaml");
    private static readonly string Loop = Path.Combine(Folder, "loop.yaml");
    private static readonly string SlowRegex = Path.Combine(Folder, "slow-regex.yaml");

    private static CliResult Explore(params string[] args) => InProcessCli.Run(TestFiles.With(["test", .. args]));

    [Fact]
    public void Explore_KnownScript_FindsTheUnreachableStepAndTheItemNeverEarned()
    {
        var result = Explore("--explore", "100", "--seed", "1", "--format", "json", Coverage);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var scenario = json.RootElement.GetProperty("scenarios")[0];
        Assert.Equal(["lonely"], scenario.GetProperty("never_reached").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["greet/upsell"], scenario.GetProperty("never_earned").EnumerateArray()
            .Select(e => $"{e.GetProperty("step").GetString()}/{e.GetProperty("item").GetString()}"));
        Assert.Equal(100, scenario.GetProperty("outcomes").GetProperty("resolved").GetInt32());
        var steps = scenario.GetProperty("steps").EnumerateArray()
            .ToDictionary(s => s.GetProperty("step").GetString()!, s => s.GetProperty("reached").GetInt32());
        Assert.Equal(100, steps["greet"]);
        Assert.Equal(100, steps["done"]);
        // pick is reached exactly when the greeting earned `hello` (two of the three replies say it).
        var hello = scenario.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("item").GetString() == "hello");
        Assert.Equal(hello.GetProperty("earned").GetInt32(), steps["pick"]);
        Assert.InRange(steps["pick"], 50, 85);
        Assert.Equal(75, scenario.GetProperty("steps_reached_percent").GetInt32());
        Assert.Equal(0, scenario.GetProperty("problems").GetArrayLength());
    }

    [Fact]
    public void Explore_SameSeed_GivesTheSameReport()
    {
        var first = Explore("--explore", "40", "--seed", "7", Coverage, Loop);
        var again = Explore("--explore", "40", "--seed", "7", Coverage, Loop);

        Assert.Equal(first.Out, again.Out);
        ReportGolden.Match(first.Out.Replace(TestFiles.Root, "TestData", StringComparison.Ordinal));
    }

    [Fact]
    public void Explore_ASeedIsPrintedWhenNoneIsGiven_AndRepeatsTheRun()
    {
        var first = Explore("--explore", "30", "--format", "json", Coverage);
        var seed = JsonDocument.Parse(first.Out).RootElement.GetProperty("seed").GetInt32();

        var again = Explore("--explore", "30", "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture), "--format", "json", Coverage);

        Assert.Equal(first.Out, again.Out);
    }

    [Fact]
    public void Explore_LoopingScript_IsOneProblemLineAtItsStepAndExitsOne()
    {
        var result = Explore("--explore", "10", "--seed", "2", Loop);

        Assert.Equal(ExitCodes.Problem, result.ExitCode);
        var problem = Assert.Single(result.OutLines, l => l.StartsWith(Loop, StringComparison.Ordinal));
        Assert.Equal($"{Loop}:8:3: scenario explore-loop, step ask: loop: the call did not end within 20 turns (ask → again → ask), in 10 calls", problem);
        Assert.Equal("1 scenarios, 10 calls, 1 problems", result.LastOutLine);
    }

    [Fact]
    public void Explore_ReplyThatTimesOutARegex_IsAProblem()
    {
        var result = Explore("--explore", "3", "--seed", "1", "--format", "json", SlowRegex);

        Assert.Equal(ExitCodes.Problem, result.ExitCode);
        var problem = JsonDocument.Parse(result.Out).RootElement.GetProperty("scenarios")[0].GetProperty("problems")[0];
        Assert.Equal("regex-timeout", problem.GetProperty("kind").GetString());
        Assert.Equal("ask", problem.GetProperty("step").GetString());
        Assert.Equal("(?=(a+)+b)a", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("--seed", "3")]
    [InlineData("--format", "json")]
    public void Test_ExploreOptionsWithoutExplore_AreAUsageError(string option, string value)
    {
        var result = Explore(option, value, Coverage);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Single(result.ErrorLines);
        Assert.False(result.HasStackTrace);
    }

    [Fact]
    public void Explore_NoCalls_IsAUsageError()
    {
        var result = Explore("--explore", "0", Coverage);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Single(result.ErrorLines);
    }
}
