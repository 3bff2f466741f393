using TrainingSim.Core.Progress;
using TrainingSim.Reports;
using static TrainingSim.Core.Tests.Reports.SampleAttempts;

namespace TrainingSim.Core.Tests.Reports;

public class ProgressReportBuilderTests
{
    private static readonly Trainee Alice = new("alice", "2026-11", Monday);
    private static readonly Trainee Bo = new("王波", "2026-12", Monday);

    [Fact]
    public void Build_MixedOutcomes_CountsByTheContractDefinitions()
    {
        AttemptRecord[] attempts =
        [
            Attempt("alice", "bill", "resolved", 90, stars: 3, skills: new Dictionary<string, int> { ["empathy"] = 100 }),
            Attempt("alice", "bill", "hung-up", 41, stars: 0, skills: new Dictionary<string, int> { ["empathy"] = 40 }),
            Attempt("alice", "bill", "abandoned", 99, stars: 0),
            Attempt("alice", "roam", null, 99, stars: 0), // never ended: reads as abandoned
            Attempt("alice", "roam", "escalated", 66, stars: 1, skills: new Dictionary<string, int> { ["empathy"] = 71 }),
        ];

        var line = Assert.Single(ProgressReportBuilder.Build([Alice], attempts, AttemptQuery.All).Trainees);

        Assert.Equal(5, line.Attempts);
        Assert.Equal(3, line.Completed);
        Assert.Equal(2, line.Passed);
        Assert.Equal(66, line.AverageScore); // (90 + 41 + 66) / 3 = 65.67
        Assert.Equal(70, line.Skills["empathy"]); // (100 + 40 + 71) / 3 = 70.33
        Assert.Equal(new Dictionary<string, int> { ["bill"] = 90, ["roam"] = 66 }, line.Best);
    }

    [Fact]
    public void Build_AverageOnAHalf_RoundsAwayFromZero()
    {
        AttemptRecord[] attempts =
        [
            Attempt("alice", "bill", "resolved", 78, skills: new Dictionary<string, int> { ["courtesy"] = 80 }),
            Attempt("alice", "bill", "resolved", 79, skills: new Dictionary<string, int> { ["courtesy"] = 81 }),
        ];

        var line = Assert.Single(ProgressReportBuilder.Build([Alice], attempts, AttemptQuery.All).Trainees);

        Assert.Equal(79, line.AverageScore);
        Assert.Equal(81, line.Skills["courtesy"]);
    }

    [Fact]
    public void Build_OnlyAbandoned_HasNoAverageAndNoBest()
    {
        var line = Assert.Single(ProgressReportBuilder.Build(
            [Alice], [Attempt("alice", "bill", "abandoned", 50)], AttemptQuery.All).Trainees);

        Assert.Equal(1, line.Attempts);
        Assert.Equal(0, line.Completed);
        Assert.Null(line.AverageScore);
        Assert.Empty(line.Skills);
        Assert.Empty(line.Best);
    }

    [Fact]
    public void Build_TraineeWithoutAttempts_IsListedWithZeroes()
    {
        var line = Assert.Single(ProgressReportBuilder.Build([Bo], [], AttemptQuery.All).Trainees);

        Assert.Equal(("王波", "2026-12", 0, null as DateTimeOffset?), (line.Name, line.Cohort, line.Attempts, line.LastActive));
    }

    [Fact]
    public void Build_LastActive_IsTheLatestRecordedMoment()
    {
        var unfinished = Attempt("alice", "bill", null, 0, minutes: 60, turns: [Turn(0, "opening", 80, minute: 75)]);
        var ended = Attempt("alice", "bill", "resolved", 90, minutes: 10);

        var line = Assert.Single(ProgressReportBuilder.Build([Alice], [ended, unfinished], AttemptQuery.All).Trainees);

        Assert.Equal(Monday.AddMinutes(75), line.LastActive);
    }

    [Fact]
    public void Build_Filters_SelectTraineeCohortAndScenario()
    {
        AttemptRecord[] attempts =
        [
            Attempt("alice", "bill", "resolved", 90),
            Attempt("alice", "roam", "resolved", 70),
            Attempt("王波", "bill", "resolved", 60, cohort: "2026-12"),
        ];

        var byCohort = ProgressReportBuilder.Build([Alice, Bo], attempts, new AttemptQuery(Cohort: "2026-12"));
        var byTrainee = ProgressReportBuilder.Build([Alice, Bo], attempts, new AttemptQuery(Trainee: "alice"));
        var byScenario = ProgressReportBuilder.Build([Alice, Bo], attempts, new AttemptQuery(ScenarioId: "roam"));

        Assert.Equal(["王波"], byCohort.Trainees.Select(t => t.Name));
        Assert.Equal(["alice"], byTrainee.Trainees.Select(t => t.Name));
        Assert.Equal([1, 0], byScenario.Trainees.Select(t => t.Attempts));
        Assert.Equal(70, byScenario.Trainees[0].AverageScore);
    }

    [Fact]
    public void Build_AttemptOfUnknownTrainee_StillReported()
    {
        var report = ProgressReportBuilder.Build([], [Attempt("ghost", "bill", "resolved", 80, cohort: "x")], AttemptQuery.All);

        Assert.Equal(("ghost", "x"), (report.Trainees[0].Name, report.Trainees[0].Cohort));
    }
}
