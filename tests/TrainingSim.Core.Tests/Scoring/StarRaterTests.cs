using TrainingSim.Core.Scenarios;
using TrainingSim.Core.Scoring;
using TrainingSim.Core.Tests.TestSupport;
using static TrainingSim.Core.Tests.TestSupport.Make;

namespace TrainingSim.Core.Tests.Scoring;

public class StarRaterTests
{
    private static readonly Scenario Scenario = Make.Scenario(End("resolved")) with { PassScore = 70 };

    private static StarRating Rate(int score, int? courtesy = 100, bool bonus = true, string outcome = "resolved", bool reachedEnd = true)
    {
        var skills = new Dictionary<string, int> { ["empathy"] = 100 };
        if (courtesy is { } c)
            skills["courtesy"] = c;
        return StarRater.Rate(Scenario, reachedEnd, outcome, score, skills, bonus);
    }

    [Theory]
    [InlineData(95, true, "resolved", 3)]
    [InlineData(90, true, "resolved", 3)]
    [InlineData(95, false, "resolved", 2)]
    [InlineData(89, true, "resolved", 2)]
    [InlineData(80, true, "resolved", 2)]
    [InlineData(79, true, "resolved", 1)]
    [InlineData(95, true, "escalated", 1)]
    [InlineData(70, true, "resolved", 1)]
    [InlineData(69, true, "resolved", 0)]
    public void Rate_Levels(int score, bool bonus, string outcome, int expected) =>
        Assert.Equal(expected, Rate(score, bonus: bonus, outcome: outcome).Stars);

    [Fact]
    public void Rate_CourtesyBelow80_NoStarAtAll() => Assert.Equal(0, Rate(100, courtesy: 79).Stars);

    [Fact]
    public void Rate_CourtesyWithoutScore_NotRequired()
    {
        var rating = Rate(100, courtesy: null);
        Assert.Equal(3, rating.Stars);
        Assert.DoesNotContain(rating.Levels[0].Requirements, r => r.Kind == StarRequirementKind.Courtesy);
    }

    [Theory]
    [InlineData("hung-up")]
    [InlineData("abandoned")]
    public void Rate_NotReachedEnd_ZeroStars(string outcome) =>
        Assert.Equal(0, Rate(100, outcome: outcome, reachedEnd: false).Stars);

    [Fact]
    public void Rate_SuccessOutcomes_FromScenario()
    {
        var scenario = Scenario with { SuccessOutcomes = ["resolved", "escalated"] };
        var rating = StarRater.Rate(scenario, true, "escalated", 95, new Dictionary<string, int>(), true);
        Assert.Equal(3, rating.Stars);
    }

    [Fact]
    public void Rate_ExplainsEveryLevel()
    {
        var rating = Rate(85, bonus: false);
        Assert.Equal(["亲切", "满意", "惊喜"], rating.Levels.Select(l => l.Name));
        Assert.Equal([true, true, false], rating.Levels.Select(l => l.Reached));
        Assert.Equal(3, rating.NextLevel?.Stars);
        Assert.Equal("3 stars needs score ≥ 90 (got 85) and at least one bonus item matched", rating.WhyNotMore());
    }

    [Fact]
    public void Rate_LowerLevelMissing_HigherNotReachedEvenIfItsOwnRequirementsHold()
    {
        var rating = Rate(95, courtesy: 50);
        Assert.All(rating.Levels, level => Assert.False(level.Reached));
        Assert.All(rating.Levels[2].Requirements, r => Assert.True(r.Met));
        Assert.Equal("1 star needs courtesy ≥ 80 (got 50)", rating.WhyNotMore());
    }

    [Fact]
    public void WhyNotMore_ThreeStars_Empty() => Assert.Equal("", Rate(100).WhyNotMore());
}
