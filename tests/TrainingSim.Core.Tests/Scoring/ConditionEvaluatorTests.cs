using TrainingSim.Core.Scenarios;
using TrainingSim.Core.Scoring;

namespace TrainingSim.Core.Tests.Scoring;

public class ConditionEvaluatorTests
{
    private static bool Eval(Condition condition, int mood = 50, double score = 50) =>
        ConditionEvaluator.Evaluate(condition, id => id is "soothe" or "house.honorific", mood, score);

    [Fact]
    public void ItemMatched_ByIdIncludingHouseItems()
    {
        Assert.True(Eval(new ItemMatched("soothe")));
        Assert.True(Eval(new ItemMatched("house.honorific")));
        Assert.False(Eval(new ItemMatched("blame")));
    }

    [Fact]
    public void NotAndOr_Combine()
    {
        Assert.True(Eval(new And(new ItemMatched("soothe"), new Not(new ItemMatched("blame")))));
        Assert.False(Eval(new And(new ItemMatched("soothe"), new ItemMatched("blame"))));
        Assert.True(Eval(new Or(new ItemMatched("blame"), new ItemMatched("soothe"))));
        Assert.False(Eval(new Or(new ItemMatched("blame"), new Not(new ItemMatched("soothe")))));
    }

    [Theory]
    [InlineData(ComparisonOperator.Less, 20, 19, true)]
    [InlineData(ComparisonOperator.Less, 20, 20, false)]
    [InlineData(ComparisonOperator.LessOrEqual, 20, 20, true)]
    [InlineData(ComparisonOperator.Greater, 20, 20, false)]
    [InlineData(ComparisonOperator.Greater, 20, 21, true)]
    [InlineData(ComparisonOperator.GreaterOrEqual, 20, 20, true)]
    [InlineData(ComparisonOperator.Equal, 20, 20, true)]
    [InlineData(ComparisonOperator.Equal, 20, 21, false)]
    public void Comparison_Mood(ComparisonOperator op, int value, int mood, bool expected) =>
        Assert.Equal(expected, Eval(new Comparison(ComparisonSubject.Mood, op, value), mood: mood));

    [Fact]
    public void Comparison_Score_UsesTheUnroundedStepScore()
    {
        var below40 = new Comparison(ComparisonSubject.Score, ComparisonOperator.Less, 40);
        Assert.True(Eval(below40, score: 39.5));
        Assert.False(Eval(below40, score: 40));
    }

    [Fact]
    public void Evaluate_WithEvaluation_SeesPenaltiesAsMatched()
    {
        var step = TestSupport.Make.Free("s", "end", TestSupport.Make.Item("blame", -2, "不归我管"));
        var evaluation = ReplyScorer.Score(step, "不归我管");
        Assert.True(ConditionEvaluator.Evaluate(new ItemMatched("blame"), evaluation, 50));
        Assert.True(ConditionEvaluator.Evaluate(new Comparison(ComparisonSubject.Score, ComparisonOperator.Equal, 100), evaluation, 50) is false);
    }
}
