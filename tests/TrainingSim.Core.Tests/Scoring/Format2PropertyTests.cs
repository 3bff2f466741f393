using FsCheck.Xunit;
using TrainingSim.Core.Scenarios;
using TrainingSim.Core.Scoring;
using TrainingSim.Core.Tests.TestSupport;
using TrainingSim.Core.Text;
using static TrainingSim.Core.Tests.TestSupport.Make;

namespace TrainingSim.Core.Tests.Scoring;

/// <summary>Properties of format 2's scoring over arbitrary replies: it only takes away what its rules say.</summary>
public class Format2PropertyTests
{
    private static readonly TextRules Rules = new()
    {
        Language = "zh-CN",
        Before = [new(Phrase("不能"), 6), new(Phrase("不"), 1), new(Phrase("没"), 2)],
        After = [new(Phrase("不了"), 1)],
        NotNegation = [Phrase("不好意思"), Phrase("别着急")],
        Words = [Phrase("特别")],
        ClauseBreaks = [Phrase("但是")],
        ReplyLimit = 40,
        ListRun = 4,
    };

    /// <summary>No cue, anchor, break or list, and no length limit to speak of.</summary>
    private static readonly TextRules Plain = new() { Language = "zh-CN", ReplyLimit = 100_000, ListRun = int.MaxValue, ListRepeat = int.MaxValue };

    private static TokenPhrase Phrase(string text) => (TokenPhrase)PhraseParser.Parse(text);

    private static RubricItem[] Rubric(int a, int b, int d) =>
    [
        Item("a", "empathy", Positive(a), "抱歉", "sorr*", "别着急"),
        Item("b", "courtesy", Positive(b), "您"),
        Item("p", "courtesy", -Positive(d), "不归我管"),
        AllOf("d", Positive(d), "马上", "/\\d+/"),
    ];

    private static int Positive(int value) => 1 + (Math.Abs(value % 20));

    [Property(MaxTest = 500)]
    public void Score_ArbitraryReply_Within0To100_AndCountedAtMostTheMaximum(int[] picks, int a, int b, int d, bool overTime)
    {
        var step = Free("s", "end", Rubric(a, b, d)) with { Rules = Rules };
        var evaluation = ReplyScorer.Score(step, ReplyText.From(picks), overTime);
        Assert.InRange(evaluation.Score, 0, 100);
        Assert.InRange(evaluation.Net, 0, evaluation.Maximum);
        Assert.True(evaluation.Counted <= evaluation.Maximum);
        Assert.InRange(evaluation.MoodChange, -15, 15);
    }

    [Property(MaxTest = 500)]
    public void Score_WithPlainRulesAndNoBonus_IsFormatOnes(int[] picks, int a, int b, int d)
    {
        var rubric = Rubric(a, b, d);
        var reply = ReplyText.From(picks);
        var format1 = ReplyScorer.Score(Free("s", "end", rubric), reply);
        var format2 = ReplyScorer.Score(Free("s", "end", rubric) with { Rules = Plain }, reply);
        Assert.Equal(format1.Score, format2.Score);
        Assert.Empty(format2.Discounted);
    }

    [Property(MaxTest = 500)]
    public void Score_BonusItems_NeverChangeTheScore(int[] picks, int a, int b, int d, int bonus)
    {
        var rubric = Rubric(a, b, d);
        var reply = ReplyText.From(picks);
        var without = ReplyScorer.Score(Free("s", "end", rubric) with { Rules = Rules }, reply);
        var with = ReplyScorer.Score(Free("s", "end", [.. rubric, Bonus("x", Positive(bonus), "新年好", "您")]) with { Rules = Rules }, reply);
        Assert.Equal(without.Score, with.Score);
        Assert.Equal(without.Counted, with.Counted);
    }

    [Property(MaxTest = 500)]
    public void Score_CueRightBeforeAPhrase_NeverMakesItsItemCount(int[] before, int[] after)
    {
        var step = Free("s", "end", Item("a", "empathy", 3, "抱歉")) with { Rules = Rules };
        var prefix = ReplyText.From(before).Replace("不能", "", StringComparison.Ordinal);
        var reply = prefix + "我不能抱歉" + ReplyText.From(after);
        var plain = ReplyScorer.Score(step, prefix + "我" + ReplyText.From(after));
        var negated = ReplyScorer.Score(step, reply);
        Assert.True(negated.Score <= plain.Score + 0.0001, $"{reply}: {negated.Score} > {plain.Score}");
        Assert.DoesNotContain(negated.Matched, m => m.Evidence.Any(r => reply[r] == "抱歉" && r.Start.Value == prefix.Length + 3));
    }
}
