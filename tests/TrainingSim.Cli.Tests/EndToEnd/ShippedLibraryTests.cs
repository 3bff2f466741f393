using System.Text.Json;
using TrainingSim.Authoring;
using TrainingSim.Cli.Tests.Support;

namespace TrainingSim.Cli.Tests.EndToEnd;

/// <summary>The commands on their defaults: the shipped scenarios/ and content/ found beside the program.</summary>
public class ShippedLibraryTests
{
    private static readonly string Scenarios = Path.Combine(AppContext.BaseDirectory, "scenarios");
    private static readonly string Content = Path.Combine(AppContext.BaseDirectory, "content");

    [Fact]
    public void Validate_Defaults_TheShippedLibraryIsValidEvenStrictly()
    {
        var result = InProcessCli.Run("validate", "--strict");

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.Matches(@"^\d+ files, 0 errors, 0 warnings$", result.LastOutLine);
    }

    [Fact]
    public void Test_Defaults_TheShippedTestsPass()
    {
        var result = InProcessCli.Run("test");

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.Matches(@"^[1-9]\d* passed, 0 failed$", result.LastOutLine);
    }

    [Fact]
    public void Play_EveryShippedTestsReplies_EndAsTheTestExpects()
    {
        var content = ContentLoader.Load(Content).Content;
        var library = LibraryLoader.Load(Scenarios, content);
        var differences = new List<string>();

        foreach (var scenario in library.Scenarios)
        {
            foreach (var test in scenario.Tests)
            {
                var result = InProcessCli.RunWithInput(string.Join('\n', test.Replies) + "\n",
                    "play", scenario.Id, "--replies", "-", "--format", "json");
                using var json = JsonDocument.Parse(result.Out);
                var outcome = json.RootElement.GetProperty("outcome").GetString();
                var stars = json.RootElement.GetProperty("stars").GetInt32();
                var score = json.RootElement.GetProperty("score").GetInt32();
                if (test.Expect.Outcome is { } expected && expected != outcome)
                    differences.Add($"{scenario.Id} / {test.Name}: outcome {outcome}, expected {expected}");
                if (test.Expect.Stars is { } expectedStars && expectedStars != stars)
                    differences.Add($"{scenario.Id} / {test.Name}: stars {stars}, expected {expectedStars}");
                if (test.Expect.ScoreAtLeast is { } least && score < least)
                    differences.Add($"{scenario.Id} / {test.Name}: score {score} < {least}");
                if (test.Expect.ScoreAtMost is { } most && score > most)
                    differences.Add($"{scenario.Id} / {test.Name}: score {score} > {most}");
                var abandoned = outcome == "abandoned";
                Assert.Equal(abandoned ? ExitCodes.Problem : ExitCodes.Success, result.ExitCode);
            }
        }

        Assert.NotEmpty(library.Scenarios);
        Assert.Empty(differences);
    }

    [Fact]
    public void Play_ShippedScenarioInTheRealProgram_RunsFromAnyFolder()
    {
        var scenario = LibraryLoader.Load(Scenarios, ContentLoader.Load(Content).Content).Scenarios
            .First(s => s.Tests.Count > 0 && s.Language == "zh-CN");
        var replies = string.Join('\n', scenario.Tests[0].Replies) + "\n";

        using var elsewhere = new TempFolder();
        using var program = ProgramProcess.Start(["play", scenario.Id, "--replies", "-", "--lang", "zh-CN"], workingDirectory: elsewhere.Path);
        program.WriteAndClose(replies);
        var result = program.WaitForExit();

        Assert.True(result.ExitCode is ExitCodes.Success or ExitCodes.Problem, result.ToString());
        Assert.Contains("== 成绩单 ==", result.Out, StringComparison.Ordinal);
        Assert.Equal("", result.Error);
    }
}
