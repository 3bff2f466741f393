using TrainingSim.Core.Conversations;
using TrainingSim.Core.Scenarios;
using TrainingSim.Core.Scoring;
using static TrainingSim.Core.Tests.TestSupport.Make;

namespace TrainingSim.Core.Tests.Scoring;

public class ReplyScorerTests
{
    // Maximum 5: soothe 3 + house honorific 2; the bonus and the penalty are not part of it.
    private static readonly FreeTextStep Opening = Free("opening", "end",
        Item("soothe", "empathy", 3, "抱歉", "别着急"),
        Item("blame", "courtesy", -4, "不归我管"),
        Bonus("new-year", 1, "新年好"),
        Item("house.honorific", "courtesy", 2, "您") with { FromHouseRubric = true });

    private static string[] Ids(IEnumerable<ItemMatch> matches) => [.. matches.Select(m => m.Item.Id)];

    [Fact]
    public void Score_Maximum_SumsPositiveNonBonusItemsIncludingHouse() =>
        Assert.Equal(5, ReplyScorer.Score(Opening, "").Maximum);

    [Fact]
    public void Score_AllRequiredItems_Full()
    {
        var evaluation = ReplyScorer.Score(Opening, "抱歉，您好");
        Assert.Equal(["soothe", "house.honorific"], Ids(evaluation.Matched));
        Assert.Equal(["new-year"], evaluation.Missed.Select(i => i.Id));
        Assert.Equal(5, evaluation.Net);
        Assert.Equal(100, evaluation.Score);
        Assert.True(evaluation.EarnsFullScore);
    }

    [Fact]
    public void Score_BonusCountsTowardNet()
    {
        // soothe 3 + bonus 1, honorific missed: 4 / 5 = 80
        var evaluation = ReplyScorer.Score(Opening, "抱歉，新年好");
        Assert.Equal(4, evaluation.Net);
        Assert.Equal(80, evaluation.Score);
        Assert.True(evaluation.BonusEarned);
        Assert.False(evaluation.EarnsFullScore);
        Assert.Equal(["house.honorific"], evaluation.MissedRequired.Select(i => i.Id));
    }

    [Fact]
    public void Score_NetAboveMaximum_ClampedToMaximum()
    {
        var evaluation = ReplyScorer.Score(Opening, "您好，抱歉，新年好");
        Assert.Equal(6, evaluation.Earned);
        Assert.Equal(5, evaluation.Net);
        Assert.Equal(100, evaluation.Score);
    }

    [Fact]
    public void Score_PenaltyBelowZero_ClampedToZero()
    {
        var evaluation = ReplyScorer.Score(Opening, "您的事不归我管");
        Assert.Equal(["blame"], Ids(evaluation.Penalties));
        Assert.Equal(-4, evaluation.PenaltyPoints);
        Assert.Equal(0, evaluation.Net);
        Assert.Equal(0, evaluation.Score);
        Assert.False(evaluation.EarnsFullScore);
    }

    [Fact]
    public void Score_PenaltyAndPositives_Added()
    {
        // 3 + 2 − 4 = 1 → 1 / 5 = 20
        var evaluation = ReplyScorer.Score(Opening, "抱歉，您的事不归我管");
        Assert.Equal(1, evaluation.Net);
        Assert.Equal(20, evaluation.Score);
    }

    [Fact]
    public void Score_HintUsed_BonusEarnsNothing()
    {
        var evaluation = ReplyScorer.Score(Opening, "抱歉，新年好", hintUsed: true);
        Assert.Contains("new-year", Ids(evaluation.Matched));
        Assert.Equal(3, evaluation.Net);
        Assert.Equal(60, evaluation.Score);
        Assert.False(evaluation.BonusEarned);
    }

    [Fact]
    public void Score_NoMaximumNoPenalty_100()
    {
        var step = Free("s", "end", Item("blame", -2, "不归我管"), Bonus("b", 1, "好"));
        var evaluation = ReplyScorer.Score(step, "好");
        Assert.Equal(0, evaluation.Maximum);
        Assert.Equal(100, evaluation.Score);
        Assert.Equal(15, evaluation.MoodChange);
    }

    [Fact]
    public void Score_NoMaximumWithPenalty_0()
    {
        var step = Free("s", "end", Item("blame", -2, "不归我管"), Bonus("b", 1, "好"));
        var evaluation = ReplyScorer.Score(step, "好，不归我管");
        Assert.Equal(0, evaluation.Score);
        Assert.Equal(-15, evaluation.MoodChange);
    }

    [Fact]
    public void Score_OverTime_LosesTenPercentOfMaximumRoundedUp()
    {
        // Maximum 5: loss ⌈0.5⌉ = 1 → 4 / 5 = 80
        var evaluation = ReplyScorer.Score(Opening, "抱歉，您好", overTime: true);
        Assert.Equal(1, evaluation.OverTimeLoss);
        Assert.Equal(4, evaluation.Net);
        Assert.Equal(80, evaluation.Score);
    }

    [Fact]
    public void Score_OverTime_TakenFromClampedNetSoBonusDoesNotBuyTimeBack()
    {
        // Earned 6, clamped to 5, then − 1 = 4.
        var evaluation = ReplyScorer.Score(Opening, "您好抱歉新年好", overTime: true);
        Assert.Equal(4, evaluation.Net);
    }

    [Fact]
    public void Score_OverTimeWithNothingEarned_StaysZero() =>
        Assert.Equal(0, ReplyScorer.Score(Opening, "喂", overTime: true).Net);

    [Fact]
    public void Score_Skills_ClampedPerSkill()
    {
        var step = Free("s", "end",
            Item("soothe", "empathy", 3, "抱歉"),
            Item("cold", "empathy", -4, "随便"),
            Item("polite", "courtesy", 2, "您"));
        var evaluation = ReplyScorer.Score(step, "抱歉您，随便");
        Assert.Equal(new SkillTally(0, 3), evaluation.Skills["empathy"]);
        Assert.Equal(new SkillTally(2, 2), evaluation.Skills["courtesy"]);
        Assert.Equal(1, evaluation.Net); // 3 − 4 + 2
    }

    [Fact]
    public void Score_BonusSkill_HasNoMaximumButEarns()
    {
        var evaluation = ReplyScorer.Score(Opening, "抱歉新年好");
        Assert.Equal(new SkillTally(1, 2), evaluation.Skills["courtesy"]); // honorific missed, bonus earns 1
        var withHonorific = ReplyScorer.Score(Opening, "抱歉新年好您");
        Assert.Equal(new SkillTally(2, 2), withHonorific.Skills["courtesy"]); // 2 + 1 clamped to 2
    }

    [Fact]
    public void Score_QuarterScore_MoodChangeRoundsAwayFromZero()
    {
        var step = Free("s", "end", Item("a", 1, "甲"), Item("b", 3, "乙"));
        var evaluation = ReplyScorer.Score(step, "甲");
        Assert.Equal(25, evaluation.Score);
        Assert.Equal(-8, evaluation.MoodChange);
    }

    [Fact]
    public void NextStepId_FirstBranchWhoseConditionHolds()
    {
        var step = Free("s",
            Branches(
                When(new And(new ItemMatched("soothe"), new Not(new ItemMatched("blame"))), "calm"),
                When(new Comparison(ComparisonSubject.Mood, ComparisonOperator.Less, 20), "hang"),
                Otherwise("angry")),
            Item("soothe", 3, "抱歉"),
            Item("blame", -3, "不归我管"));
        Assert.Equal("calm", ReplyScorer.Score(step, "抱歉").NextStepId(50));
        Assert.Equal("angry", ReplyScorer.Score(step, "抱歉，不归我管").NextStepId(50));
        Assert.Equal("hang", ReplyScorer.Score(step, "抱歉，不归我管").NextStepId(19));
    }

    [Fact]
    public void MoodAfter_ScoreChangeThenOverTimeLoss_Clamped()
    {
        var step = Free("s", "end", Item("a", 1, "甲"), Item("b", 3, "乙"));
        Assert.Equal(42, ReplyScorer.Score(step, "甲").MoodAfter(50));                  // 50 − 8
        Assert.Equal(0, ReplyScorer.Score(step, "丙").MoodAfter(10));                   // 10 − 15 → 0
        Assert.Equal(100, ReplyScorer.Score(step, "甲乙").MoodAfter(95));               // 95 + 15 → 100
        Assert.Equal(95, ReplyScorer.Score(step, "甲乙", overTime: true).MoodAfter(95)); // 100, then − 5
    }

    [Fact]
    public void NextStepIdFrom_UsesTheMoodAfterTheReply()
    {
        var step = Free("s",
            Branches(When(new Comparison(ComparisonSubject.Mood, ComparisonOperator.Less, 20), "hang"), Otherwise("go")),
            Item("a", 1, "好"));
        Assert.Equal("hang", ReplyScorer.Score(step, "不").NextStepIdFrom(30));  // 30 − 15 = 15
        Assert.Equal("go", ReplyScorer.Score(step, "好").NextStepIdFrom(10));    // 10 + 15 = 25
    }
}
