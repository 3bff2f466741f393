using TrainingSim.Core.Scenarios;
using TrainingSim.Core.Testing;
using TrainingSim.Core.Tests.TestSupport;

namespace TrainingSim.Core.Tests.Testing;

public class ScenarioTestRunnerTests
{
    private static ScenarioTestResult Run(TestExpectation expect, params string[] replies)
    {
        var test = new ScenarioTest { Name = "t", Replies = replies, Expect = expect };
        return ScenarioTestRunner.Run(HolidayScenario.Create() with { Tests = [test] }).Single();
    }

    [Fact]
    public void Run_ExpertPathMatchingExpectations_Passes()
    {
        var result = Run(
            new TestExpectation
            {
                Outcome = "resolved",
                ScoreAtLeast = 90,
                Stars = 3,
                Path = ["opening", "locate", "resolved"],
            },
            HolidayScenario.Expert,
            "2");
        Assert.True(result.Passed);
        Assert.Empty(result.Differences);
        Assert.Equal(100, result.Result.Score);
    }

    [Fact]
    public void Run_WrongOutcome_ReportsExpectedAndGot()
    {
        var result = Run(new TestExpectation { Outcome = "resolved" }, HolidayScenario.Rude, "嗯");
        Assert.False(result.Passed);
        Assert.Equal(["outcome: expected resolved, got hung-up"], result.Differences);
    }

    [Fact]
    public void Run_FewerStars_ReportsScoreAndWhy()
    {
        var result = Run(new TestExpectation { Stars = 3 }, "您好，非常抱歉", "2");
        Assert.Equal(
            ["stars: expected 3, got 2 (score 100; 3 stars needs at least one bonus item matched)"],
            result.Differences);
    }

    [Fact]
    public void Run_MoreStarsThanExpected_ReportsScore()
    {
        var result = Run(new TestExpectation { Stars = 1 }, HolidayScenario.Expert, "2");
        Assert.Equal(["stars: expected 1, got 3 (score 100)"], result.Differences);
    }

    [Fact]
    public void Run_Scores_ReportBounds()
    {
        var low = Run(new TestExpectation { ScoreAtLeast = 90 }, HolidayScenario.Rude, "嗯");
        Assert.Equal(["score: expected at least 90, got 0"], low.Differences);
        var high = Run(new TestExpectation { ScoreAtMost = 40 }, HolidayScenario.Expert, "2");
        Assert.Equal(["score: expected at most 40, got 100"], high.Differences);
    }

    [Fact]
    public void Run_Path_ReportsBothLists()
    {
        var result = Run(new TestExpectation { Path = ["opening", "locate", "resolved"] }, HolidayScenario.Rude, "嗯");
        Assert.Equal(["path: expected [opening, locate, resolved], got [opening, angrier]"], result.Differences);
    }

    [Fact]
    public void Run_TextOnChoiceStep_ReportsNumberNeeded()
    {
        var result = Run(new TestExpectation { Outcome = "resolved" }, HolidayScenario.Expert, "abc");
        Assert.Equal(["reply 2 is 'abc' but step locate is a choice step: give a number 1..2"], result.Differences);
    }

    [Fact]
    public void Run_ChoiceOutOfRange_ReportsNumberNeeded()
    {
        var result = Run(new TestExpectation(), HolidayScenario.Expert, "3");
        Assert.Equal(["reply 2 is '3' but step locate is a choice step: give a number 1..2"], result.Differences);
    }

    [Fact]
    public void Run_RepliesRunOut_Abandoned()
    {
        var result = Run(new TestExpectation { Outcome = "abandoned" }, HolidayScenario.Expert);
        Assert.True(result.Passed);
        Assert.Equal("abandoned", result.Result.Outcome);
        Assert.Equal(0, result.Result.Stars);
    }

    [Fact]
    public void Run_RepliesLeftOver_Reported()
    {
        var result = Run(new TestExpectation { Outcome = "resolved" }, HolidayScenario.Expert, "2", "谢谢");
        Assert.Equal(
            ["replies: 1 left over after the call ended at step resolved (outcome resolved) after reply 2"],
            result.Differences);
    }

    [Fact]
    public void Run_SeveralDifferences_AllReported()
    {
        var result = Run(
            new TestExpectation { Outcome = "resolved", Stars = 3, ScoreAtLeast = 90 },
            HolidayScenario.Rude,
            "嗯");
        Assert.Equal(3, result.Differences.Count);
    }

    [Fact]
    public void Run_EveryTestOfTheScenario_InOrder()
    {
        var scenario = HolidayScenario.Create() with
        {
            Tests =
            [
                new ScenarioTest { Name = "good", Replies = [HolidayScenario.Expert, "2"], Expect = new() { Stars = 3 } },
                new ScenarioTest { Name = "bad", Replies = [HolidayScenario.Rude, "嗯"], Expect = new() { Outcome = "hung-up" } },
            ],
        };
        var results = ScenarioTestRunner.Run(scenario);
        Assert.Equal(["good", "bad"], results.Select(r => r.Test.Name));
        Assert.All(results, r => Assert.True(r.Passed));
    }
}
