using TrainingSim.Core.Scenarios;
using TrainingSim.Core.Text;

namespace TrainingSim.Authoring.Tests.Loading;

/// <summary>Format 2 files: every new key read into the model, the format's own content (concepts, house rubric, text
/// rules) used instead of format 1's.</summary>
public class Format2LoadingTests
{
    private static readonly string EveryKeyPath = Path.Combine(TestSupport.TestData, "Valid", "format-2-every-key.yaml");

    private static Scenario LoadEveryKey()
    {
        var result = ScenarioLoader.LoadFile(EveryKeyPath, TestSupport.Content);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return result.Scenario!;
    }

    [Fact]
    public void LoadFile_EveryFormat2Key_IsReadIntoTheScenario()
    {
        var scenario = LoadEveryKey();
        var opening = (FreeTextStep)scenario.Steps["opening"];
        var check = (FreeTextStep)scenario.Steps["check"];

        Assert.Equal(2, scenario.Format);
        Assert.Equal(40, opening.ReplyLimit);
        Assert.Equal(60, check.ReplyLimit);
        Assert.Same(TestSupport.Content.TextRules["zh-CN"], opening.Rules);
        var soothe = opening.Rubric[0];
        Assert.Equal(["不抱歉"], soothe.Unless.Select(p => p.Source));
        var brief = opening.Rubric.Single(item => item.Id == "brief");
        Assert.Equal(30, brief.MaxTokens);
        Assert.Empty(brief.Phrases);
        Assert.Equal(1, brief.Points);
        Assert.Equal(70, opening.Examples.GoodAtLeast);
        Assert.Equal(30, opening.Examples.BadAtMost);
        Assert.Equal(["实在过意不去，您稍等，我这就帮您查。", "抱歉，我帮您查一下。"], opening.Examples.Good.Select(e => e.Reply));
        Assert.Equal((29, 11), (opening.Examples.Good[0].Span.Line + 1, opening.Examples.Good[0].Span.Column + 1));
        Assert.Equal((31, 13), (opening.Examples.Bad[0].Span.Line + 1, opening.Examples.Bad[0].Span.Column + 1));
        Assert.Same(StepExamples.None, check.Examples);
    }

    [Fact]
    public void LoadFile_Format2_ResolvesConceptsAndMergesTheFormat2HouseRubric()
    {
        var opening = (FreeTextStep)LoadEveryKey().Steps["opening"];

        // The concept bank, not the format-1 phrase bank of the same name.
        Assert.Equal(["抱歉", "对不起", "不好意思", "过意不去"], opening.Rubric[0].Phrases.Select(p => p.Source));
        var honorific = opening.Rubric.Single(item => item.Id == "house.honorific");
        Assert.True(honorific.FromHouseRubric);
        Assert.Equal(["你们这些人"], honorific.Unless.Select(p => p.Source));
        Assert.Equal(["不归我管", "管不了"], opening.Rubric.Single(item => item.Id == "house.shirk").Phrases.Select(p => p.Source));
    }

    [Fact]
    public void Load_Format1AsFormat2_UsesFormat2ContentAndRules()
    {
        var bytes = File.ReadAllBytes(Path.Combine(TestSupport.TestData, "Valid", "holiday-bill-payment.yaml"));

        var asOne = ScenarioLoader.Load(bytes, "h.yaml", TestSupport.Content);
        var asTwo = ScenarioLoader.Load(bytes, "h.yaml", TestSupport.Content, asFormat: 2);

        Assert.Equal(1, asOne.Scenario!.Format);
        Assert.Equal(1, asTwo.Format);
        Assert.Equal(2, asTwo.Scenario!.Format);
        var one = (FreeTextStep)asOne.Scenario.Steps["opening"];
        var two = (FreeTextStep)asTwo.Scenario.Steps["opening"];
        Assert.Null(one.Rules);
        Assert.Null(one.ReplyLimit);
        Assert.NotNull(two.Rules);
        Assert.Equal(80, two.ReplyLimit);
        Assert.Contains("过意不去", two.Rubric[0].Phrases.Select(p => p.Source));
        Assert.DoesNotContain("过意不去", one.Rubric[0].Phrases.Select(p => p.Source));
    }

    [Fact]
    public void LoadText_Format2WithUnknownConcept_NamesTheConceptsFile()
    {
        var text = File.ReadAllText(EveryKeyPath).Replace("\"@help\"", "\"@helpp\"", StringComparison.Ordinal);

        var diagnostic = Assert.Single(ScenarioLoader.LoadText(text, "p.yaml", TestSupport.Content).Diagnostics, d => d.Code == "TS0206");

        Assert.Equal(
            "p.yaml:20:15: error TS0206: unknown phrase bank `@helpp` for language zh-CN; did you mean `help`? (format 2 names the concepts of content/format-2/concepts/zh-CN.yaml)",
            diagnostic.ToString());
    }

    [Fact]
    public void LoadText_Format2ExamplesOnly_InFormat1_AreAllowed()
    {
        var text = File.ReadAllText(Path.Combine(TestSupport.TestData, "Valid", "english-phrases.yaml"))
            .Replace("    next:\n", "    examples:\n      good: [\"Sorry, let me check the router.\"]\n      bad: [No.]\n    next:\n", StringComparison.Ordinal);

        var result = ScenarioLoader.LoadText(text, "p.yaml", TestSupport.Content);

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        var ask = (FreeTextStep)result.Scenario!.Steps["ask"];
        Assert.Equal(1, result.Scenario.Format);
        Assert.Equal(["Sorry, let me check the router."], ask.Examples.Good.Select(e => e.Reply));
        Assert.Equal(StepExamples.DefaultGoodAtLeast, ask.Examples.GoodAtLeast);
        Assert.Null(ask.Rules);
    }

    [Fact]
    public void TextRules_TestContent_AreReadInFull()
    {
        var zh = TestSupport.Content.TextRules["zh-CN"];
        var en = TestSupport.Content.TextRules["en"];

        Assert.Equal([("不", 2), ("没", 2), ("没有", 2), ("别", 2), ("不能", 8), ("无法", 8)], zh.Before.Select(c => (c.Phrase.Source, c.Reach)));
        Assert.Equal([("不了", 1), ("不到", 1)], zh.After.Select(c => (c.Phrase.Source, c.Reach)));
        Assert.Equal(["不好意思", "没问题", "别着急"], zh.NotNegation.Select(p => p.Source));
        Assert.Equal(["但是", "不过"], zh.ClauseBreaks.Select(p => p.Source));
        Assert.Equal(["特别", "别人"], zh.Words.Select(p => p.Source));
        Assert.Equal([new PhraseToken("特", false), new PhraseToken("别", false)], zh.Words[0].Tokens);
        Assert.Null(zh.WordForms);
        Assert.Equal((80, 4), (zh.ReplyLimit, zh.ListRun));
        Assert.Equal(new PhraseToken[] { new("won", false), new("t", false) }, en.Before[3].Phrase.Tokens);
        Assert.Equal(3, en.WordForms!.MinStem);
        Assert.True(en.WordForms.DropFinalE);
        Assert.Equal([new SuffixRule("ication", "y"), new SuffixRule("ies", "y"), new SuffixRule("ised", "ize")], en.WordForms.Rules);
        Assert.Equal(60, en.ReplyLimit);
    }
}
