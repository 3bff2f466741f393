using TrainingSim.Core.Diagnostics;
using TrainingSim.Core.Scenarios;
using TrainingSim.Core.Testing;
using TrainingSim.Core.Text;
using TrainingSim.Core.Tests.TestSupport;

namespace TrainingSim.Core.Tests.Testing;

public class StepExampleRunnerTests
{
    private static readonly SourceSpan At = SourceSpan.At(4, 8);

    private static IReadOnlyList<StepExampleResult> Run(StepExamples examples)
    {
        var scenario = HolidayScenario.Create();
        var opening = (FreeTextStep)scenario.Steps["opening"];
        var steps = scenario.Steps.ToDictionary(p => p.Key, p => p.Key == "opening" ? opening with { Examples = examples } : p.Value);
        return StepExampleRunner.Run(scenario with { Steps = steps });
    }

    [Fact]
    public void Run_NoExamples_RunsNothing() => Assert.Empty(StepExampleRunner.Run(HolidayScenario.Create()));

    [Fact]
    public void Run_GoodAtItsBoundAndBadAtItsBound_Pass()
    {
        // soothe 3 of 5 = 60; the honorific alone 2 of 5 = 40.
        var results = Run(new StepExamples
        {
            Good = [new("非常抱歉，我看看", At)],
            Bad = [new("您稍等", At)],
            GoodAtLeast = 60,
        });

        Assert.Equal([(true, 1, 60, true), (false, 1, 40, true)], results.Select(r => (r.IsGood, r.Number, r.Score, r.Passed)));
        Assert.All(results, r => Assert.Empty(r.Differences));
    }

    [Fact]
    public void Run_FailingExamples_SayTheScoreAndTheItemsBehindIt()
    {
        var results = Run(new StepExamples
        {
            Good = [new(HolidayScenario.Expert, At), new("抱歉，这不归我管", At)],
            Bad = [new("新年好，非常抱歉，您稍等", At)],
        });

        Assert.Equal([true, false, false], results.Select(r => r.Passed));
        Assert.Equal("good example 2 of step opening", results[1].Name);
        Assert.Equal(
            ["score: expected at least 80, got 0", "matched: soothe (抱歉)", "missed: new-year, house.honorific", "penalties: blame (不归我管)"],
            results[1].Differences);
        Assert.Equal("bad example 1 of step opening", results[2].Name);
        Assert.Equal(
            ["score: expected at most 40, got 100", "matched: soothe (抱歉), new-year (新年好), house.honorific (您)", "missed: none", "penalties: none"],
            results[2].Differences);
        Assert.Equal(At, results[2].Example.Span);
    }

    [Fact]
    public void Run_HalfScore_RoundsAwayFromZero()
    {
        var scenario = Make.Scenario(50,
            Make.Free("ask", "done", Make.Item("a", "courtesy", 1, "您好"), Make.Item("b", "courtesy", 1, "谢谢"),
                Make.Item("c", "courtesy", 1, "再见"), Make.Item("d", "courtesy", 1, "请问"),
                Make.Item("e", "courtesy", 1, "稍等"), Make.Item("f", "courtesy", 1, "马上"),
                Make.Item("g", "courtesy", 1, "帮您"), Make.Item("h", "courtesy", 1, "查询")) with
            {
                Examples = new StepExamples { Good = [new("您好谢谢再见", At)], GoodAtLeast = 38 },
            },
            Make.End("done"));

        var result = Assert.Single(StepExampleRunner.Run(scenario));

        Assert.Equal(38, result.Score); // 3 of 8 = 37.5
        Assert.True(result.Passed);
    }

    [Fact]
    public void Run_Format2Negation_NamesTheItemsNotCountedAndWhy()
    {
        var rules = new TextRules
        {
            Language = "zh-CN",
            Before = [new NegationCue((TokenPhrase)PhraseParser.Parse("不能"), 8)],
        };
        var scenario = Make.Scenario(50,
            Make.Free("ask", "done", Make.Item("help", "solution", 2, "帮您查")) with
            {
                Rules = rules,
                ReplyLimit = 80,
                Examples = new StepExamples { Bad = [new("我现在不能马上帮您查", At)], Good = [new("我现在不能马上帮您查", At)] },
            },
            Make.End("done")) with { Format = 2 };

        var results = StepExampleRunner.Run(scenario);

        Assert.True(results[1].Passed);
        Assert.Equal(
            ["score: expected at least 80, got 0", "matched: none", "missed: help", "penalties: none", "not counted: help (帮您查: negated by 不能)"],
            results[0].Differences);
    }
}
