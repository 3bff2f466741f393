using TrainingSim.Core.Conversations;
using TrainingSim.Core.Scoring;

namespace TrainingSim.Core.Tests.Scoring;

public class AttemptScorerTests
{
    [Fact]
    public void Score_SumsNetOverSumOfMaxima() => Assert.Equal(80, AttemptScorer.Score([(3, 5), (5, 5), (0, 0)]));

    [Fact]
    public void Score_Half_RoundsAwayFromZero() => Assert.Equal(63, AttemptScorer.Score([(4, 4), (1, 4)]));

    [Fact]
    public void Score_NoStepWithMaximum_Zero() => Assert.Equal(0, AttemptScorer.Score([(0, 0), (0, 0)]));

    [Fact]
    public void Score_NoSteps_Zero() => Assert.Equal(0, AttemptScorer.Score(Array.Empty<(int, int)>()));

    [Fact]
    public void Skills_SummedPerSkill_SkillWithoutMaximumLeftOut()
    {
        IReadOnlyDictionary<string, SkillTally>[] steps =
        [
            new Dictionary<string, SkillTally> { ["courtesy"] = new(4, 4), ["empathy"] = new(0, 0) },
            new Dictionary<string, SkillTally> { ["courtesy"] = new(1, 4), ["closing"] = new(0, 2) },
        ];
        var skills = AttemptScorer.Skills(steps);
        Assert.Equal(63, skills["courtesy"]);
        Assert.Equal(0, skills["closing"]);
        Assert.False(skills.ContainsKey("empathy"));
    }
}
