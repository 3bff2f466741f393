using TrainingSim.Core.Conversations;
using TrainingSim.Core.Scenarios;
using TrainingSim.Core.Scoring;

namespace TrainingSim.Authoring.Tests.Format2;

/// <summary>The worked examples of docs/scenario-format.md, Part 3, with the shipped format-2 content: the page is
/// normative, so its numbers are the engine's.</summary>
public sealed class WorkedExampleTests : IDisposable
{
    private static readonly string RepositoryRoot = Path.GetFullPath(Path.Combine(TestSupport.TestData, "..", "..", ".."));

    private const string Chinese = """
        format: 2
        id: worked-example
        title: 例子
        language: zh-CN
        module: 基础服务
        steps:
          opening:
            say: 大过年的你们就给我停机！
            rubric:
              - {id: soothe, skill: empathy, points: 3, any: ["@apology", 理解您, 别着急]}
              - {id: act, skill: solution, points: 2, any: [马上, 帮您查]}
              - {id: new-year, skill: courtesy, points: 1, bonus: true, any: ["@holiday"]}
            next: later
          later:
            say: 那到底什么时候能好？
            rubric:
              - {id: honest, skill: accuracy, points: 2, any: [还没有预计, 没有预计]}
              - {id: restart, skill: solution, points: 2, any: [重启]}
              - {id: way, skill: solution, points: 1, any: [办法]}
            next: done
          done:
            end: resolved
        """;

    private const string English = """
        format: 2
        id: worked-example-en
        title: Example
        language: en
        module: Everyday
        steps:
          first:
            say: My line is dead.
            rubric:
              - {id: understand, skill: empathy, points: 4, any: [i understand]}
            next: second
          second:
            say: So what now?
            rubric:
              - {id: check, skill: solution, points: 4, any: [let me check]}
            next: done
          done:
            end: resolved
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("worked-examples").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private Scenario Load(string yaml, string name)
    {
        var path = Path.Combine(_folder, name + ".yaml");
        File.WriteAllText(path, yaml);
        var content = ContentLoader.Load(Path.Combine(RepositoryRoot, "content")).Content;
        var result = LibraryLoader.Load([path], content);
        Assert.Equal("", string.Join("\n", result.Diagnostics.Where(d => d.Severity != TrainingSim.Core.Diagnostics.Severity.Note)));
        return Assert.Single(result.Scenarios);
    }

    private static int Score(Scenario scenario, string step, string reply) =>
        ScoreMath.Round(ReplyScorer.Score((FreeTextStep)scenario.Steps[step], reply).Score);

    [Theory]
    [InlineData("不好意思，我现在不能马上帮您查。", 60, 100)]
    [InlineData("您好抱歉对不起理解您马上帮您查", 0, 100)]
    [InlineData("您好，抱歉让您久等了", 60, 67)]
    [InlineData("不是没办法，我马上帮您查", 40, 50)]
    [InlineData("你好，新年好！抱歉让你着急了，我马上帮你查。", 60, 100)]
    public void Table_ChineseStep_ScoresAsThePageSays(string reply, int format2, int format1)
    {
        Assert.Equal(format2, Score(Load(Chinese, "zh"), "opening", reply));
        Assert.Equal(format1, Score(Load(Chinese.Replace("format: 2", "format: 1"), "zh1"), "opening", reply));
    }

    [Theory]
    [InlineData("别着急别着急别着急，我马上帮您查", 0)]
    [InlineData("别着急别着急别着急。我马上帮您查", 40)]
    [InlineData("那个……抱歉……嗯……就是……马上……帮您查", 0)]
    [InlineData("抱歉、理解、马上、帮您查、处理、回复", 0)]
    [InlineData("抱歉让您着急了，我马上帮您查明细、余额、套餐", 100)]
    [InlineData("抱歉让您久等了、理解您的心情、别着急先喝口水、马上登记、帮您查完今晚回电", 0)]
    [InlineData("抱歉让您久等了，您的通话明细、流量余额、套餐内容、积分情况、话费账单我马上帮您查", 100)]
    [InlineData("抱歉 查询 明细 核查 马上 稍等 处理 回复", 0)]
    [InlineData("抱歉，我查询一下明细，马上核查", 100)]
    [InlineData("抱歉 我马上 处理 10 分钟 给您回复", 0)]
    [InlineData("抱歉，我马上处理，10 分钟给您回复", 100)]
    public void RepeatsAndHeaps_ScoreAsThePageSays(string reply, int format2) =>
        Assert.Equal(format2, Score(Load(Chinese, "zh"), "opening", reply));

    [Theory]
    [InlineData("没网就重启一下，现在还没有预计修好的时间", 80)]
    [InlineData("我不说还没有预计，您重启一下", 40)]
    [InlineData("不是没办法，您重启试试", 60)]
    public void StopsAndEnclosedNegation_ScoreAsThePageSays(string reply, int format2) =>
        Assert.Equal(format2, Score(Load(Chinese, "zh"), "later", reply));

    [Theory]
    [InlineData("抱歉让您着急了，我帮您查", 100)]
    [InlineData("抱歉让您着急了，我帮……您查", 60)]
    [InlineData("抱歉让您着急了 我马上帮您查 抱歉让您着急了 我马上帮您查", 0)]
    [InlineData("抱歉让您着急了。让您着急了我马上帮您查", 100)]
    [InlineData("嗯……那个……抱歉……就是……那个……嗯", 0)]
    [InlineData("抱歉让您着急了，我马上帮您查，您的满意是我们最大的追求。", 60)]
    [InlineData("理解您，马上帮您查这种事，我这边做不了", 60)]
    [InlineData("理解您，我马上帮您查，这些您都不用操心", 100)]
    [InlineData("抱歉 下月不再收 10 分钟内马上帮您查", 100)]
    [InlineData("抱歉，我不能问也不能帮您查", 60)]
    [InlineData("抱歉，不是不能帮您查", 100)]
    public void PausesEchoesTopicsAndSlogans_ScoreAsThePageSays(string reply, int format2) =>
        Assert.Equal(format2, Score(Load(Chinese, "zh"), "opening", reply));

    [Theory]
    [InlineData("Let me check the account and the bill, I won't go through those with you.", 0)]
    [InlineData("Let me check the account and the bill. I won't go through those with you.", 100)]
    [InlineData("let me check account bill charges fees roaming data usage plan dates renewal balance refund extras", 0)]
    [InlineData("let me check the account for you", 100)]
    public void BackPronounsAndSparseHeaps_ScoreAsThePageSays(string reply, int format2) =>
        Assert.Equal(format2, Score(Load(English, "en"), "second", reply));

    [Fact]
    public void KeywordListTurn_CostsTheCourteousStar_WhateverTheScore()
    {
        var conversation = new Conversation(Load(English, "en"));
        conversation.Reply("I understand, that's annoying.");
        conversation.Reply("let me check, right now, let me check, right now");
        var courteous = conversation.Result().Rating!.Levels[0];

        var requirement = Assert.Single(courteous.Requirements, r => r.Kind == StarRequirementKind.NoKeywordList);
        Assert.False(requirement.Met);
        Assert.Equal(1, requirement.Actual);
    }

    [Fact]
    public void Table_Reasons_AreTheOnesThePageGives()
    {
        var scenario = Load(Chinese, "zh");
        var step = (FreeTextStep)scenario.Steps["opening"];

        var negated = ReplyScorer.Score(step, "不好意思，我现在不能马上帮您查。");
        var act = Assert.Single(negated.Discounted);
        Assert.Equal(("act", DiscountReason.Negated), (act.Item.Id, act.Reason));
        Assert.Equal("不能", "不好意思，我现在不能马上帮您查。"[Assert.Single(act.Cause)]);

        var list = ReplyScorer.Score(step, "您好抱歉对不起理解您马上帮您查");
        Assert.Equal(["soothe", "act"], list.Discounted.Where(d => d.Reason == DiscountReason.KeywordList).Select(d => d.Item.Id));

        var refusal = ReplyScorer.Score(step, "不是没办法，我马上帮您查");
        Assert.Contains(refusal.Discounted, d => d.Item.Id == "house.refusal" && d.Reason == DiscountReason.Negated);
        Assert.Empty(refusal.Penalties);
    }

    [Fact]
    public void PenaltyAcrossTheCall_CourtesyScoresZero_AndNoStar()
    {
        var conversation = new Conversation(Load(English, "en"));
        conversation.Reply("I understand, that's annoying.");
        var second = conversation.Reply("Let me check. And shut up.");
        var result = conversation.Result();

        Assert.Equal(25, ScoreMath.Round(second.Score));
        Assert.Equal(63, result.Score);
        Assert.Equal(100, result.Skills["empathy"]);
        Assert.Equal(100, result.Skills["solution"]);
        Assert.Equal(0, result.Skills["courtesy"]);
        Assert.Equal(0, result.Stars);
    }

    [Fact]
    public void LengthRule_OverTheLimit_LosesHalfTheMaximumOnListening()
    {
        var scenario = Load(Chinese.Replace("    say: 大过年的", "    reply_limit: 40\n    say: 大过年的"), "zh-long");
        var reply = "不好意思让您着急了，我马上帮您查。" + string.Concat(Enumerable.Range(1, 18).Select(n => $"天气{n}度很冷"));

        var evaluation = ReplyScorer.Score((FreeTextStep)scenario.Steps["opening"], reply);

        Assert.Equal(123, evaluation.Length!.Tokens);
        Assert.Equal(-3, evaluation.Length.Points);
        Assert.Equal(40, ScoreMath.Round(evaluation.Score));
        Assert.Equal(-3, evaluation.Skills["listening"].Net);
    }

    [Fact]
    public void WordForms_Apologies_MeetsApologise()
    {
        var scenario = Load(English.Replace("any: [i understand]", "any: [apologise]"), "en-forms");

        Assert.Equal(100, Score(scenario, "first", "Apologies for the wait."));
    }
}
