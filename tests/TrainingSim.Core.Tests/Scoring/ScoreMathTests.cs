using TrainingSim.Core.Scoring;

namespace TrainingSim.Core.Tests.Scoring;

public class ScoreMathTests
{
    [Theory]
    [InlineData(62.5, 63)]
    [InlineData(-7.5, -8)]
    [InlineData(2.5, 3)]
    [InlineData(7.4999, 7)]
    [InlineData(-0.5, -1)]
    public void Round_Halves_AwayFromZero(double value, int expected) => Assert.Equal(expected, ScoreMath.Round(value));

    [Theory]
    [InlineData(5, 8, 1)]
    [InlineData(-15, 2, -8)]
    [InlineData(15, 2, 8)]
    [InlineData(1, 3, 0)]
    [InlineData(2, 3, 1)]
    public void RoundDivide_Exact_HalvesAwayFromZero(long n, long d, long expected) =>
        Assert.Equal(expected, ScoreMath.RoundDivide(n, d));

    [Fact]
    public void Percent_FiveEighths_Is63() => Assert.Equal(63, ScoreMath.Percent(5, 8));

    [Fact]
    public void Percent_NoMaximum_Is0() => Assert.Equal(0, ScoreMath.Percent(0, 0));

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(5, 1)]
    [InlineData(10, 1)]
    [InlineData(11, 2)]
    [InlineData(25, 3)]
    public void OverTimeLoss_TenPercentRoundedUp(int maximum, int expected) =>
        Assert.Equal(expected, ScoreMath.OverTimeLoss(maximum));

    [Theory]
    [InlineData(1, 4, -8)]   // score 25: (25 − 50) / 50 × 15 = −7.5 → −8
    [InlineData(3, 4, 8)]    // score 75: 7.5 → 8
    [InlineData(2, 4, 0)]
    [InlineData(4, 4, 15)]
    [InlineData(0, 4, -15)]
    [InlineData(1, 3, -5)]   // 33.3…: −5
    [InlineData(11, 20, 2)]  // 55: 1.5 → 2
    public void MoodChange_FromNetAndMaximum(int net, int maximum, int expected) =>
        Assert.Equal(expected, ScoreMath.MoodChange(net, maximum, penalized: false));

    [Fact]
    public void MoodChange_NoMaximum_PlusOrMinus15()
    {
        Assert.Equal(15, ScoreMath.MoodChange(0, 0, penalized: false));
        Assert.Equal(-15, ScoreMath.MoodChange(0, 0, penalized: true));
    }

    [Theory]
    [InlineData(25.0, -8)]
    [InlineData(75.0, 8)]
    [InlineData(100.0, 15)]
    public void MoodChange_FromScore(double score, int expected) => Assert.Equal(expected, ScoreMath.MoodChange(score));
}
