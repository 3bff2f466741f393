using TrainingSim.Authoring.Scenarios;
using TrainingSim.Core.Scenarios;

namespace TrainingSim.Authoring.Tests.Scenarios;

public class ConditionParserTests
{
    [Fact]
    public void Parse_ItemId_IsItemMatched() =>
        Assert.Equal(new ItemMatched("soothe"), ConditionParser.Parse("soothe").Condition);

    [Fact]
    public void Parse_HouseItem_KeepsDottedId() =>
        Assert.Equal(new ItemMatched("house.honorific"), ConditionParser.Parse("house.honorific").Condition);

    [Fact]
    public void Parse_NotBindsTighterThanAnd_AndTighterThanOr() =>
        Assert.Equal(
            new Or(new And(new ItemMatched("a"), new Not(new ItemMatched("b"))), new ItemMatched("c")),
            ConditionParser.Parse("a and not b or c").Condition);

    [Fact]
    public void Parse_Parentheses_Group() =>
        Assert.Equal(
            new And(new ItemMatched("a"), new Or(new ItemMatched("b"), new ItemMatched("c"))),
            ConditionParser.Parse("a and (b or c)").Condition);

    [Theory]
    [InlineData("mood < 20", ComparisonSubject.Mood, ComparisonOperator.Less, 20)]
    [InlineData("mood<=20", ComparisonSubject.Mood, ComparisonOperator.LessOrEqual, 20)]
    [InlineData("score > 40", ComparisonSubject.Score, ComparisonOperator.Greater, 40)]
    [InlineData("score >= 0", ComparisonSubject.Score, ComparisonOperator.GreaterOrEqual, 0)]
    [InlineData("score == 100", ComparisonSubject.Score, ComparisonOperator.Equal, 100)]
    public void Parse_Comparison_ReadsSubjectOperatorAndValue(string text, ComparisonSubject subject, ComparisonOperator op, int value) =>
        Assert.Equal(new Comparison(subject, op, value), ConditionParser.Parse(text).Condition);

    [Fact]
    public void Parse_SpecExample_ParsesBothSides() =>
        Assert.Equal(
            new Or(new Comparison(ComparisonSubject.Mood, ComparisonOperator.Less, 20), new Comparison(ComparisonSubject.Score, ComparisonOperator.Less, 40)),
            ConditionParser.Parse("mood < 20 or score < 40").Condition);

    [Fact]
    public void Parse_ItemReferences_CarryTheirCharacterRanges()
    {
        var result = ConditionParser.Parse("soothe and not blame");

        Assert.Equal([new ConditionItemReference("soothe", 0, 6), new ConditionItemReference("blame", 15, 20)], result.Items);
    }

    [Theory]
    [InlineData("", "the condition is empty", 0)]
    [InlineData("a and", "the condition ends too early", 5)]
    [InlineData("a b", "unexpected `b`", 2)]
    [InlineData("(a or b", "expected `)` at the end", 7)]
    [InlineData("mood = 3", "`=` is not an operator: write `==`", 5)]
    [InlineData("mood 3", "expected a comparison (`<`, `<=`, `>`, `>=`, `==`) after `mood`, found `3`", 5)]
    [InlineData("score > x", "expected a whole number, found `x`", 8)]
    [InlineData("a && b", "unexpected character `&`", 2)]
    [InlineData("or a", "expected an item id, `mood`, `score`, `not` or `(`, found `or`", 0)]
    [InlineData("42", "a number must follow `mood` or `score` and a comparison: `42` alone is not a condition", 0)]
    public void Parse_Invalid_ReportsMessageAndColumn(string text, string message, int column)
    {
        var result = ConditionParser.Parse(text);

        Assert.Null(result.Condition);
        Assert.Equal(message, result.Error);
        Assert.Equal(column, result.ErrorStart);
    }

    [Fact]
    public void LoadText_ConditionError_PointsAtTheColumnInTheFile()
    {
        var text = """
            format: 1
            id: c
            title: t
            language: zh-CN
            module: m
            steps:
              ask:
                say: 你好
                rubric:
                  - {id: greet, skill: courtesy, points: 2, any: [您好]}
                next:
                  - when: "greet or mood < x"
                    goto: done
                  - goto: done
              done:
                end: resolved
            """;

        var diagnostic = Assert.Single(ScenarioLoader.LoadText(text, "c.yaml", TestSupport.Content).Diagnostics);

        Assert.Equal("c.yaml:12:32: error TS0501: condition does not parse: expected a whole number, found `x`", diagnostic.ToString());
    }
}
