using TrainingSim.Core.Conversations;
using TrainingSim.Core.Scoring;
using static TrainingSim.Core.Tests.TestSupport.Make;

namespace TrainingSim.Core.Tests.Scoring;

public class ChoiceScorerTests
{
    // Totals −2, 5, 3: maximum 5. Per skill: solution max 4, courtesy max 3.
    private static readonly Core.Scenarios.ChoiceStep Locate = Choices("locate",
        Choice("节后再来", "angry", ("solution", -2)),
        Choice("联系营业厅", "done", ("solution", 4), ("courtesy", 1)),
        Choice("请您稍等", "done", ("courtesy", 3)));

    [Fact]
    public void Score_BestChoice_Full()
    {
        var evaluation = ChoiceScorer.Score(Locate, 2);
        Assert.Equal(5, evaluation.Maximum);
        Assert.Equal(5, evaluation.Net);
        Assert.Equal(100, evaluation.Score);
    }

    [Fact]
    public void Score_LesserChoice_Fraction()
    {
        var evaluation = ChoiceScorer.Score(Locate, 3);
        Assert.Equal(3, evaluation.Net);
        Assert.Equal(60, evaluation.Score);
        Assert.Equal(new SkillTally(0, 4), evaluation.Skills["solution"]);
        Assert.Equal(new SkillTally(3, 3), evaluation.Skills["courtesy"]);
    }

    [Fact]
    public void Score_NegativeChoice_ClampedToZero()
    {
        var evaluation = ChoiceScorer.Score(Locate, 1);
        Assert.Equal(0, evaluation.Net);
        Assert.Equal(0, evaluation.Score);
        Assert.Equal(new SkillTally(0, 4), evaluation.Skills["solution"]);
        Assert.Equal(-15, evaluation.MoodChange);
    }

    [Fact]
    public void Score_SkillMaximum_IsLargestPositivePointsAnyChoiceGives()
    {
        var evaluation = ChoiceScorer.Score(Locate, 2);
        Assert.Equal(new SkillTally(4, 4), evaluation.Skills["solution"]);
        Assert.Equal(new SkillTally(1, 3), evaluation.Skills["courtesy"]);
    }

    [Fact]
    public void Score_OverTime_LosesTenPercentRoundedUp()
    {
        var evaluation = ChoiceScorer.Score(Locate, 2, overTime: true);
        Assert.Equal(4, evaluation.Net);
        Assert.Equal(80, evaluation.Score);
    }

    [Fact]
    public void Score_NoMaximum_100UnlessPointsTaken()
    {
        var step = Choices("c", Choice("a", "x"), Choice("b", "x", ("courtesy", -1)));
        Assert.Equal(100, ChoiceScorer.Score(step, 1).Score);
        Assert.Equal(0, ChoiceScorer.Score(step, 2).Score);
        Assert.Equal(0, ChoiceScorer.Score(step, 1).Maximum);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(-1)]
    public void Score_OutOfRange_ThrowsWithTheValidRange(int number)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ChoiceScorer.Score(Locate, number));
        Assert.Contains("1..3", error.Message, StringComparison.Ordinal);
        Assert.Contains("locate", error.Message, StringComparison.Ordinal);
    }
}
