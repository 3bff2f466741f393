using TrainingSim.Core.Progress;
using TrainingSim.Reports;
using static TrainingSim.Core.Tests.Reports.SampleAttempts;

namespace TrainingSim.Core.Tests.Reports;

public class ItemAnalysisBuilderTests
{
    private static AttemptRecord[] Attempts() =>
    [
        Attempt("alice", "bill", "resolved", 90, version: "aaa", minutes: 0, turns:
        [
            Turn(0, "opening", 100, matched: ["soothe", "house.honorific"]),
            Turn(1, "explain", 80, matched: ["fee"], missed: ["apology"]),
        ]),
        Attempt("bo", "bill", "hung-up", 20, version: "bbb", minutes: 10, turns:
        [
            Turn(0, "opening", 40, matched: ["house.honorific"], missed: ["soothe"], penalties: ["blame"]),
        ]),
        Attempt("cy", "bill", null, 0, version: "aaa", minutes: 20, turns:
        [
            Turn(0, "opening", 70, matched: ["soothe"], missed: ["house.honorific"]),
            Turn(1, "explain", 50, missed: ["fee", "apology"]),
        ]),
        Attempt("dee", "bill", "abandoned", 0, version: "bbb", minutes: 30),
    ];

    [Fact]
    public void Build_Attempts_CountsPerStepAndItem()
    {
        var scenario = Assert.Single(ItemAnalysisBuilder.Build(Attempts()).Scenarios);

        Assert.Equal((4, 2, 1, 2, 1), (scenario.Attempts, scenario.Completed, scenario.HungUp, scenario.Abandoned,
            scenario.AbandonedBeforeFirstReply));
        var opening = scenario.Steps[0];
        Assert.Equal(("opening", 3, 3, 70, 1, 0), (opening.StepId, opening.Reached, opening.Answers, opening.AverageScore,
            opening.HungUp, opening.Abandoned));
        Assert.Equal(
            [new ItemTally("soothe", 2, 1, 0), new ItemTally("house.honorific", 2, 1, 0), new ItemTally("blame", 0, 0, 1)],
            opening.Items);
        var explain = scenario.Steps[1];
        Assert.Equal((2, 65, 0, 1), (explain.Reached, explain.AverageScore, explain.HungUp, explain.Abandoned));
        Assert.Equal([new ItemTally("fee", 1, 1, 0), new ItemTally("apology", 0, 2, 0)], explain.Items);
    }

    [Fact]
    public void Build_Attempts_ListsVersionsInOrderFirstPlayed()
    {
        var scenario = Assert.Single(ItemAnalysisBuilder.Build(Attempts()).Scenarios);

        Assert.Equal(
            [new VersionUse("aaa", 2, Monday, Monday.AddMinutes(20)), new VersionUse("bbb", 2, Monday.AddMinutes(10), Monday.AddMinutes(30))],
            scenario.Versions);
    }

    [Fact]
    public void Build_RevisitedStep_CountsReachedOncePerAttempt()
    {
        var attempt = Attempt("alice", "loop", "resolved", 80, turns:
            [Turn(0, "ask", 50, missed: ["x"]), Turn(1, "ask", 100, matched: ["x"])]);

        var step = ItemAnalysisBuilder.Build([attempt]).Scenarios[0].Steps[0];

        Assert.Equal((1, 2, 75), (step.Reached, step.Answers, step.AverageScore));
    }

    [Fact]
    public void Build_EndOutcomes_CountedPerOutcomeBesideHangUpsAndAbandons()
    {
        AttemptRecord[] attempts =
        [
            Attempt("alice", "ask", "resolved", 90, turns: [Turn(0, "opening", 100)]),
            Attempt("bo", "ask", "privacy-breach", 0, turns: [Turn(0, "opening", 0)]),
            Attempt("cy", "ask", "privacy-breach", 0, turns: [Turn(0, "opening", 0)]),
            Attempt("dee", "ask", "hung-up", 0, turns: [Turn(0, "opening", 0)]),
            Attempt("eve", "ask", "abandoned", 0),
        ];

        var scenario = Assert.Single(ItemAnalysisBuilder.Build(attempts).Scenarios);

        Assert.Equal([new OutcomeCount("resolved", 1), new OutcomeCount("privacy-breach", 2)], scenario.Outcomes);
        Assert.Equal((1, 1, 1), (scenario.HungUp, scenario.Abandoned, scenario.AbandonedBeforeFirstReply));
        Assert.Contains("outcomes: resolved 1, privacy-breach 2", ItemAnalysisWriter.Table(ItemAnalysisBuilder.Build(attempts)), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ChoiceStep_CountsThePicksOfEachChoiceByItsFileNumber()
    {
        AttemptRecord[] attempts =
        [
            Attempt("alice", "ask", "resolved", 90, turns: [Turn(0, "pick", 100) with { Choice = 2, ChoiceOrder = [2, 1] }]),
            Attempt("bo", "ask", "resolved", 0, turns: [Turn(0, "pick", 0) with { Choice = 1 }]),
            Attempt("cy", "ask", "resolved", 90, turns: [Turn(0, "pick", 100) with { Choice = 2 }]),
        ];

        var analysis = ItemAnalysisBuilder.Build(attempts);

        Assert.Equal([new ChoiceTally(1, null, 1), new ChoiceTally(2, null, 2)], analysis.Scenarios[0].Steps[0].Choices);
        Assert.Contains("picks at pick: 1) 1 (33%), 2) 2 (67%)", ItemAnalysisWriter.Table(analysis), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_Analysis_MatchesGolden() =>
        Golden.Match(ItemAnalysisWriter.Json(ItemAnalysisBuilder.Build(Attempts())));

    [Fact]
    public void Csv_Analysis_MatchesGolden() =>
        Golden.Match(ItemAnalysisWriter.Csv(ItemAnalysisBuilder.Build(Attempts())));

    [Fact]
    public void Table_Analysis_MatchesGolden() =>
        Golden.Match(ItemAnalysisWriter.Table(ItemAnalysisBuilder.Build(Attempts())));

    [Fact]
    public void Table_ChineseLabels_MatchesGolden() =>
        Golden.Match(ItemAnalysisWriter.Write(ItemAnalysisBuilder.Build(Attempts()), ReportFormat.Table, ReportLabels.For("zh-CN")));
}
