using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using TrainingSim.Core.Content;
using TrainingSim.Core.Feedback;
using TrainingSim.Core.Scoring;

namespace TrainingSim.Wording.Tests;

public partial class WordingTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    private static readonly TrainingContent Content = new()
    {
        Skills = new Dictionary<string, Skill>
        {
            ["courtesy"] = new("courtesy", new Dictionary<string, string> { ["zh-CN"] = "礼貌", ["en"] = "Courtesy" }, new Dictionary<string, string>()),
        },
        Outcomes = new Dictionary<string, Outcome>
        {
            ["resolved"] = new("resolved", new Dictionary<string, string> { ["zh-CN"] = "问题已解决", ["en"] = "Resolved" }),
        },
    };

    /// <summary>One line of every kind, over a Chinese reply, with Chinese content: whatever Latin letters the
    /// rendering shows can only come from the interface's own strings.</summary>
    private static TurnFeedback EveryKind(bool withDetail)
    {
        const string reply = "您好，非常抱歉";
        var lines = Enum.GetValues<FeedbackKind>().Select(kind => new FeedbackLine(
            kind, FeedbackSentiment.Note, ItemId: "sorry", SkillId: "courtesy", Points: kind == FeedbackKind.PenaltyHit ? -4 : 2,
            Hint: withDetail ? "先道歉" : null, Example: withDetail ? "抱歉" : null, Evidence: [new Range(5, 7)]));
        return new TurnFeedback(reply, [.. lines]);
    }

    [GeneratedRegex("[A-Za-z]")]
    private static partial Regex Latin();

    [Fact]
    public void Keys_ChineseAndEnglish_HaveTheSameStrings()
    {
        var english = InterfaceWording.Keys(CultureInfo.InvariantCulture);

        Assert.NotEmpty(english);
        Assert.Equal(english, InterfaceWording.Keys(Chinese));
    }

    [Fact]
    public void Keys_EveryFeedbackKind_HasACoachAndARecordString()
    {
        var keys = InterfaceWording.Keys(CultureInfo.InvariantCulture);

        foreach (var kind in Enum.GetValues<FeedbackKind>())
        {
            Assert.Contains($"{FeedbackStyle.Coach}.{kind}", keys);
            Assert.Contains($"{FeedbackStyle.Record}.{kind}", keys);
        }
    }

    [Theory]
    [InlineData(FeedbackStyle.Coach, true)]
    [InlineData(FeedbackStyle.Coach, false)]
    [InlineData(FeedbackStyle.Record, true)]
    [InlineData(FeedbackStyle.Record, false)]
    public void Feedback_Chinese_EveryKindIsWordedInChinese(FeedbackStyle style, bool withDetail)
    {
        var wording = new InterfaceWording(Chinese, Content);

        var lines = wording.Feedback.Lines(EveryKind(withDetail), style).Select(l => l.Text.Replace("sorry", "", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(lines);
        Assert.All(lines, line => Assert.False(Latin().IsMatch(line), $"untranslated in zh-CN: {line}"));
    }

    [Fact]
    public void Stars_Chinese_EveryRequirementIsWordedInChinese()
    {
        var wording = new InterfaceWording(Chinese, Content);

        foreach (var kind in Enum.GetValues<StarRequirementKind>())
        {
            var text = wording.Stars.Requirement(new StarRequirement(kind, Met: false, 80, 75, ["resolved"], "resolved"));
            Assert.False(Latin().IsMatch(text), $"untranslated in zh-CN: {kind}: {text}");
        }
    }

    [Fact]
    public void Feedback_Coach_MissedItemWithoutHintSaysAnExampleNotItsId()
    {
        var wording = new InterfaceWording(Chinese, Content);
        var feedback = new TurnFeedback("你好", [new FeedbackLine(FeedbackKind.MissedRequired, FeedbackSentiment.Bad, "apology", "courtesy", 3, Example: "抱歉")]);

        var line = Assert.Single(wording.Feedback.Lines(feedback, FeedbackStyle.Coach)).Text;

        Assert.Equal("✗ 礼貌 +3：可以说「抱歉」", line);
    }

    [Fact]
    public void Feedback_PenaltyWithAHint_ShowsTheWordsAndTheHintInBothStyles()
    {
        var wording = new InterfaceWording(English, Content);
        var feedback = new TurnFeedback("not my problem", [new FeedbackLine(FeedbackKind.PenaltyHit, FeedbackSentiment.Bad, "blame", "courtesy", -4, "Own the problem.", Evidence: [new Range(0, 14)])]);

        Assert.Equal("✗ Courtesy -4: \"not my problem\" — Own the problem.", wording.Feedback.Lines(feedback, FeedbackStyle.Coach).Single().Text);
        Assert.Equal("✗ penalty blame  Courtesy -4 — Own the problem.", wording.Feedback.Lines(feedback, FeedbackStyle.Record).Single().Text);
    }

    [Fact]
    public void Feedback_RecordStyle_SaysNothingOfTheBestChoiceNorOfAChoiceWithoutHint()
    {
        var wording = new InterfaceWording(English, Content);
        var feedback = new TurnFeedback("1", [
            new FeedbackLine(FeedbackKind.ChoiceBest, FeedbackSentiment.Good, Points: 100),
            new FeedbackLine(FeedbackKind.ChoiceNotBest, FeedbackSentiment.Bad, Points: 0),
        ]);

        Assert.Empty(wording.Feedback.Lines(feedback, FeedbackStyle.Record));
        Assert.Equal(2, wording.Feedback.Lines(feedback, FeedbackStyle.Coach).Count());
    }

    [Fact]
    public void Names_EngineOutcomesWithoutContentNames_AreWordedByTheProgram()
    {
        var names = new ContentNames(new TrainingContent(), Chinese);

        Assert.Equal("客户挂断", names.Outcome("hung-up"));
        Assert.Equal("已放弃", names.Outcome("abandoned"));
        Assert.Equal("resolved", names.Outcome("resolved"));
        Assert.Equal("empathy", names.Skill("empathy"));
    }

    [Fact]
    public void ResourceText_MissingKey_FallsBackWithoutThrowing()
    {
        var resources = new ResourceManager("TrainingSim.Wording.Localization.WordingStrings", typeof(InterfaceWording).Assembly);

        Assert.Equal("NoSuchKey", new ResourceText(resources, Chinese)["NoSuchKey"]);
        Assert.Equal("unfinished", new ResourceText(resources, CultureInfo.GetCultureInfo("fr"))["Unfinished"]);
    }
}
