using TrainingSim.Core.Content;
using TrainingSim.Core.Scenarios;
using TrainingSim.Core.Text;

namespace TrainingSim.Tui.Tests.TestSupport;

/// <summary>Tiny Chinese scenarios built in code.</summary>
internal static class TestScenarios
{
    public static TrainingContent Content { get; } = new()
    {
        Skills = new Dictionary<string, Skill>
        {
            ["courtesy"] = Skill("courtesy", "礼貌", "Courtesy"),
            ["empathy"] = Skill("empathy", "共情", "Empathy"),
            ["solution"] = Skill("solution", "解决问题", "Problem solving"),
        },
    };

    /// <summary>Free text, then a choice, then an end: greet, apologise, pick the fix.</summary>
    public static Scenario Billing { get; } = new()
    {
        Id = "billing-overcharge",
        Title = "话费多扣了",
        Language = "zh-CN",
        Module = "账单",
        Difficulty = 1,
        Tags = ["账单", "投诉"],
        Brief = "客户发现本月话费比平时多了三十元，情绪有些激动。请先安抚，再核实原因。",
        Customer = new Customer("王女士", "老用户，性子急", 40),
        Info = [new("套餐", "畅享 59 元"), new("本月账单", "89.00 元"), new("增值业务", "视频会员 30 元/月")],
        PassScore = 60,
        Start = "opening",
        Steps = new Dictionary<string, Step>
        {
            ["opening"] = new FreeTextStep
            {
                Id = "opening",
                Say = "你们怎么回事？我这个月话费凭什么多扣了三十块！",
                Note = "客户来电，语气很冲。",
                Model = "您好，非常抱歉给您带来不便，我马上帮您查一下这笔费用。",
                Rubric =
                [
                    Item("greet", "courtesy", 2, "先问好：“您好”", "您好", "你好"),
                    Item("sorry", "empathy", 3, "表达歉意：“抱歉”", "抱歉", "对不起"),
                    Item("check", "solution", 3, "说明你会查询：“帮您查”", "查"),
                    Item("thanks", "courtesy", 1, "感谢耐心：“感谢您的耐心”", bonus: true, phrases: ["耐心"]),
                ],
                Next = Next.To("fix"),
            },
            ["fix"] = new ChoiceStep
            {
                Id = "fix",
                Say = "那你说怎么办？",
                Choices =
                [
                    new Choice { Text = "帮您退订视频会员并申请退还本月费用", Points = new Dictionary<string, int> { ["solution"] = 3 }, Mood = 10, Goto = "done", Hint = "既解决根源又退费" },
                    new Choice { Text = "这是您自己订的，我们没办法", Points = new Dictionary<string, int> { ["solution"] = 0 }, Mood = -30, Goto = "done" },
                ],
            },
            ["done"] = new EndStep { Id = "done", Say = "好吧，那谢谢你了。", Outcome = "resolved" },
        },
    };

    /// <summary>A customer at mood 10 who hangs up on a bad reply.</summary>
    public static Scenario Angry { get; } = new()
    {
        Id = "angry-caller",
        Title = "愤怒的客户",
        Language = "zh-CN",
        Module = "账单",
        Difficulty = 2,
        Tags = ["投诉"],
        Brief = "客户非常生气。",
        Customer = new Customer("李先生", null, 10),
        ReplySeconds = 30,
        Start = "opening",
        Steps = new Dictionary<string, Step>
        {
            ["opening"] = new FreeTextStep
            {
                Id = "opening",
                Say = "我已经打了三次电话了！",
                Model = "非常抱歉让您反复来电，这次我一定帮您处理好。",
                Rubric = [Item("sorry", "empathy", 3, "先道歉", "抱歉")],
                Next = Next.To("done"),
            },
            ["done"] = new EndStep { Id = "done", Say = "行吧。", Outcome = "resolved" },
        },
    };

    /// <summary>One free-text step whose items have no hints (a bonus and a penalty too), then an end.</summary>
    public static Scenario NoHints { get; } = new()
    {
        Id = "no-hints",
        Title = "没有提示的场景",
        Language = "zh-CN",
        Module = "账单",
        Difficulty = 1,
        Customer = new Customer("赵女士", null, 60),
        Start = "opening",
        Steps = new Dictionary<string, Step>
        {
            ["opening"] = new FreeTextStep
            {
                Id = "opening",
                Say = "我的话费怎么又多了？",
                Model = "非常抱歉，我马上帮您查。",
                Rubric =
                [
                    Item("apology", "empathy", 3, null, "抱歉", "对不起"),
                    Item("check", "solution", 3, null, "查"),
                    Item("blame", "courtesy", -2, null, "不归我管"),
                ],
                Next = Next.To("done"),
            },
            ["done"] = new EndStep { Id = "done", Say = "好。", Outcome = "resolved" },
        },
    };

    public static IReadOnlyList<Scenario> All { get; } = [Billing, Angry];

    private static Skill Skill(string id, string zh, string en) =>
        new(id, new Dictionary<string, string> { ["zh-CN"] = zh, ["en"] = en }, new Dictionary<string, string>());

    private static RubricItem Item(string id, string skill, int points, string? hint, params string[] phrases) =>
        Item(id, skill, points, hint, false, phrases);

    private static RubricItem Item(string id, string skill, int points, string? hint, bool bonus, string[] phrases) => new()
    {
        Id = id,
        Skill = skill,
        Points = points,
        Hint = hint,
        Bonus = bonus,
        Phrases = [.. phrases.Select(PhraseParser.Parse)],
    };
}
