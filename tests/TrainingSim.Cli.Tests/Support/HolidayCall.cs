using TrainingSim.Core.Scenarios;
using TrainingSim.Core.Text;

namespace TrainingSim.Cli.Tests.Support;

/// <summary>The spec's small example scenario, written in code (no loader involved).</summary>
public static class HolidayCall
{
    public const string ExpertReply = "王先生您好，新年好！非常抱歉让您着急了，您别着急，我马上帮您查。";

    public static Scenario Scenario { get; } = Build();

    private static Scenario Build()
    {
        var soothe = Item("soothe", "empathy", 3, "抱歉", "理解您", "别着急") with { Hint = "先处理情绪，再处理问题。" };
        var blame = Item("blame", "courtesy", -4, "不归我管", "你自己", "没办法") with { Hint = "不推诿，不指责客户。" };
        var newYear = Item("new-year", "courtesy", 1, "过年好", "新年好") with { Bonus = true };
        Step[] steps =
        [
            new FreeTextStep
            {
                Id = "opening",
                Say = "你们怎么回事！大过年的把我停机了，营业厅全关门，我怎么交钱？",
                Rubric = [soothe, blame, newYear],
                Model = "王先生您好，新年好！非常抱歉让您着急了，您别着急，我马上帮您查最近能缴费的地方。",
                Next = new Next([new Branch(new ItemMatched("soothe"), "locate"), new Branch(null, "angrier")]),
            },
            new FreeTextStep
            {
                Id = "angrier",
                Mood = -10,
                Say = "少跟我打官腔！我现在就要能打电话！",
                Rubric = [Item("soothe", "empathy", 3, "抱歉", "理解")],
                Next = Next.To("locate"),
            },
            new ChoiceStep
            {
                Id = "locate",
                Say = "那你说，我现在去哪儿交？",
                Choices =
                [
                    new Choice { Text = "请您节后营业厅开门再来办理。", Points = new Dictionary<string, int> { ["solution"] = -2 }, Goto = "angrier", Hint = "节假日也要给出路。" },
                    new Choice { Text = "我帮您联系离您最近、有自助缴费机的营业厅。", Points = new Dictionary<string, int> { ["solution"] = 4 }, Goto = "resolved" },
                ],
            },
            new EndStep { Id = "resolved", Say = "行，谢谢你啊姑娘，过年好！", Outcome = "resolved" },
        ];
        return new Scenario
        {
            Id = "holiday-bill-payment",
            Title = "大年初一：停机无法缴费",
            Language = "zh-CN",
            Module = "投诉处理",
            Customer = new Customer("王先生", "脾气急", 30),
            PassScore = 70,
            Start = "opening",
            Steps = steps.ToDictionary(s => s.Id),
        };
    }

    private static RubricItem Item(string id, string skill, int points, params string[] phrases) => new()
    {
        Id = id,
        Skill = skill,
        Points = points,
        Phrases = [.. phrases.Select(PhraseParser.Parse)],
    };
}
