using TrainingSim.Core.Scenarios;
using static TrainingSim.Core.Tests.TestSupport.Make;

namespace TrainingSim.Core.Tests.TestSupport;

/// <summary>The spec's small example, built in code (customer mood 30, pass score 70).</summary>
internal static class HolidayScenario
{
    public const string Expert = "王先生您好，新年好！非常抱歉让您着急了，您别着急，我马上帮您查。";
    public const string Rude = "这不归我管";

    public static Scenario Create() => Scenario(30,
        Free("opening",
            Branches(When(new ItemMatched("soothe"), "locate"), Otherwise("angrier")),
            Item("soothe", "empathy", 3, "抱歉", "理解您", "别着急"),
            Item("blame", "courtesy", -4, "不归我管", "你自己", "没办法"),
            Bonus("new-year", 1, "过年好", "新年好", "新春快乐"),
            Item("house.honorific", "courtesy", 2, "您") with { FromHouseRubric = true }),
        Free("angrier", "locate", Item("soothe", "empathy", 3, "抱歉", "理解")) with { Mood = -10 },
        Choices("locate",
            Choice("请您节后营业厅开门再来办理。", "angrier", ("solution", -2)),
            Choice("我帮您联系离您最近的营业厅。", "resolved", ("solution", 4)) with { Mood = 5 }),
        End("resolved")) with { PassScore = 70 };
}
