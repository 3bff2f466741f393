using TrainingSim.Core.Scenarios;

namespace TrainingSim.Authoring.Tests.Loading;

public class ValidScenarioTests
{
    private static ScenarioLoadResult LoadSpecExample() =>
        ScenarioLoader.LoadFile(Path.Combine(TestSupport.TestData, "Valid", "holiday-bill-payment.yaml"), TestSupport.Content);

    [Fact]
    public void LoadFile_SpecExample_LoadsWithoutDiagnostics()
    {
        var result = LoadSpecExample();

        Assert.Empty(result.Diagnostics);
        Assert.False(result.HasErrors);
        Assert.NotNull(result.Scenario);
    }

    [Fact]
    public void LoadFile_SpecExample_MapsTopLevelKeys()
    {
        var scenario = LoadSpecExample().Scenario!;

        Assert.Equal("holiday-bill-payment", scenario.Id);
        Assert.Equal("大年初一：停机无法缴费", scenario.Title);
        Assert.Equal("zh-CN", scenario.Language);
        Assert.Equal("投诉处理", scenario.Module);
        Assert.Equal(3, scenario.Difficulty);
        Assert.Equal(["节假日", "情绪激动", "缴费"], scenario.Tags);
        Assert.Equal("正月初一上午。客户欠费停机，附近营业厅放假，他急着给家人打电话拜年。\n", scenario.Brief);
        Assert.Equal(new Customer("王先生", "脾气急，停机后联系不上在外地的女儿。", 30), scenario.Customer);
        Assert.Equal([new("号码", "139****5821"), new("余额", "-35.20 元")], scenario.Info);
        Assert.Equal(90, scenario.ReplySeconds);
        Assert.Equal(70, scenario.PassScore);
        Assert.Equal(["resolved"], scenario.SuccessOutcomes);
        Assert.True(scenario.HouseRubric);
        Assert.Equal("opening", scenario.Start);
        Assert.Equal(["opening", "angrier", "locate", "resolved"], scenario.Steps.Keys);
        Assert.Equal(16, scenario.VersionHash.Length);
        Assert.EndsWith("holiday-bill-payment.yaml", scenario.SourcePath);
    }

    [Fact]
    public void LoadFile_SpecExample_ExpandsBanksAndMergesHouseRubric()
    {
        var opening = (FreeTextStep)LoadSpecExample().Scenario!.Steps["opening"];

        Assert.Equal(["soothe", "blame", "new-year", "house.honorific", "house.shirk"], opening.Rubric.Select(i => i.Id));
        var soothe = opening.Rubric[0];
        Assert.Equal(["抱歉", "对不起", "不好意思", "理解您", "别着急"], soothe.Phrases.Select(p => p.Source));
        Assert.Equal(new[] { new PhraseToken("理", false), new PhraseToken("解", false), new PhraseToken("您", false) },
            ((TokenPhrase)soothe.Phrases[3]).Tokens);
        Assert.Equal(-4, opening.Rubric[1].Points);
        Assert.True(opening.Rubric[2].Bonus);
        Assert.True(opening.Rubric[3].FromHouseRubric);
        Assert.False(soothe.FromHouseRubric);
        Assert.Equal("先处理情绪，再处理问题。", soothe.Hint);
        Assert.StartsWith("王先生您好", opening.Model);
        Assert.Equal(new Next([new Branch(new ItemMatched("soothe"), "locate"), new Branch(null, "angrier")]), opening.Next, new NextComparer());
        Assert.Equal(new SourceSpanLine(20, 2), new SourceSpanLine(opening.Span.Line, opening.Span.Column));
    }

    [Fact]
    public void LoadFile_SpecExample_MapsChoiceEndAndTests()
    {
        var scenario = LoadSpecExample().Scenario!;

        var angrier = (FreeTextStep)scenario.Steps["angrier"];
        Assert.Equal(-10, angrier.Mood);
        Assert.Equal("locate", Assert.Single(angrier.Next.Branches).Goto);
        var locate = (ChoiceStep)scenario.Steps["locate"];
        Assert.Equal(2, locate.Choices.Count);
        Assert.Equal(-2, locate.Choices[0].Points["solution"]);
        Assert.Equal("resolved", locate.Choices[1].Goto);
        var end = (EndStep)scenario.Steps["resolved"];
        Assert.Equal("resolved", end.Outcome);
        Assert.Equal("行，谢谢你啊姑娘，过年好！", end.Say);
        var test = Assert.Single(scenario.Tests);
        Assert.Equal("标准流程", test.Name);
        Assert.Equal("2", test.Replies[1]);
        Assert.Equal(new TestExpectation { Outcome = "resolved", ScoreAtLeast = 90, Stars = 3 }, test.Expect);
        Assert.Equal(65, test.Span.Line);
    }

    [Fact]
    public void LoadText_HouseRubricOff_LeavesHouseItemsOut()
    {
        var text = File.ReadAllText(Path.Combine(TestSupport.TestData, "Valid", "holiday-bill-payment.yaml"))
            .Replace("pass_score: 70", "pass_score: 70\nhouse_rubric: false", StringComparison.Ordinal);

        var scenario = ScenarioLoader.LoadText(text, "x.yaml", TestSupport.Content).Scenario!;

        Assert.False(scenario.HouseRubric);
        Assert.Equal(["soothe", "blame", "new-year"], ((FreeTextStep)scenario.Steps["opening"]).Rubric.Select(i => i.Id));
    }

    private readonly record struct SourceSpanLine(int Line, int Column);

    private sealed class NextComparer : IEqualityComparer<Next>
    {
        public bool Equals(Next? x, Next? y) => x is not null && y is not null && x.Branches.SequenceEqual(y.Branches);

        public int GetHashCode(Next obj) => obj.Branches.Count;
    }
}
