using TrainingSim.Core.Scenarios;
using TrainingSim.Core.Text;

namespace TrainingSim.Authoring.Tests.Loading;

public sealed class ContentLoaderTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "ts-content-" + Guid.NewGuid().ToString("N"));

    public ContentLoaderTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    [Fact]
    public void Load_TestContent_ReadsSkillsBanksAndHouseRubric()
    {
        var result = ContentLoader.Load(Path.Combine(TestSupport.TestData, "content"));

        Assert.Empty(result.Diagnostics);
        var content = result.Content;
        Assert.Equal(["courtesy", "empathy", "listening", "accuracy", "solution", "compliance", "closing"], content.Skills.Keys);
        Assert.Equal("礼貌用语", content.Skills["courtesy"].NameIn("zh-CN"));
        Assert.Equal("Polite words and a friendly tone.", content.Skills["courtesy"].DescriptionIn("en"));
        Assert.Equal(["抱歉", "对不起", "不好意思"], content.PhraseBanks["zh-CN"]["apology"]);
        Assert.Equal(["en", "zh-CN"], content.PhraseBanks.Keys.Order(StringComparer.Ordinal));
        var house = content.HouseRubric["zh-CN"];
        Assert.Equal(["house.honorific", "house.shirk"], house.Select(i => i.Id));
        Assert.All(house, item => Assert.True(item.FromHouseRubric));
        Assert.Equal(new PhraseToken("您", false), Assert.Single(((TokenPhrase)Assert.Single(house[0].Phrases)).Tokens));
        Assert.Equal(-3, house[1].Points);
        Assert.Equal(["hung-up", "resolved"], content.Outcomes.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("问题已解决", content.Outcomes["resolved"].NameIn("zh-CN"));
        Assert.Equal("Resolved", content.Outcomes["resolved"].NameIn("en"));
        Assert.Equal("客户挂断", content.Outcomes["hung-up"].NameIn("en"));
    }

    [Fact]
    public void Load_NoOutcomesFile_LoadsNoOutcomesWithoutDiagnostics()
    {
        Write("skills.yaml", "skills:\n  courtesy:\n    name: {en: Courtesy}\n");

        var result = ContentLoader.Load(_root);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.Content.Outcomes);
    }

    [Fact]
    public void Load_BadOutcomes_ReportsEachProblemAndKeepsTheGoodOnes()
    {
        Write("skills.yaml", "skills:\n  courtesy:\n    name: {en: Courtesy}\n");
        Write("outcomes.yaml", "outcomes:\n  resolved: {zh-CN: 已解决, en: Resolved}\n  Bad Id: {en: x}\n  escalated: Escalated\n  hung-up: {en: [x]}\nextra: 1\n");

        var result = ContentLoader.Load(_root);

        var actual = result.Diagnostics.Select(d => d.ToString().Replace(_root + Path.DirectorySeparatorChar, "", StringComparison.Ordinal)).ToList();
        Assert.Equal(
        [
            "outcomes.yaml:3:3: error TS0105: `Bad Id` is not a valid outcome id: use lowercase letters, digits, `-` and `_`, starting with a letter or digit",
            "outcomes.yaml:4:14: error TS0103: `outcomes.escalated` must be a mapping (`key: value` lines), not the text `Escalated`",
            "outcomes.yaml:5:17: error TS0103: `outcomes.hung-up.en` must be text, not a list",
            "outcomes.yaml:6:1: error TS0101: unknown key `extra` (expected one of: outcomes)",
        ], actual);
        Assert.Equal("hung-up", result.Content.Outcomes["hung-up"].NameIn("en"));
        Assert.False(result.Content.Outcomes.ContainsKey("escalated"));
        Assert.Equal("已解决", result.Content.Outcomes["resolved"].NameIn("zh-CN"));
    }

    [Fact]
    public void Load_MissingFolder_ReportsContentMissing()
    {
        var missing = Path.Combine(_root, "nope");

        var diagnostic = Assert.Single(ContentLoader.Load(missing).Diagnostics);

        Assert.Equal($"{missing}:1:1: error TS0701: the content folder does not exist", diagnostic.ToString());
    }

    [Fact]
    public void Load_MissingSkills_ReportsContentMissing()
    {
        var diagnostic = Assert.Single(ContentLoader.Load(_root).Diagnostics);

        Assert.Equal("TS0701", diagnostic.Code);
        Assert.EndsWith("skills.yaml", diagnostic.Path);
    }

    [Fact]
    public void Load_BadContent_ReportsEachProblemAtItsPlace()
    {
        Write("skills.yaml", "skills:\n  courtesy:\n    name: {en: Courtesy}\n  Bad Id:\n    name: {en: x}\n  empathy:\n    nmae: {en: Empathy}\n");
        Write("phrasebanks/en.yaml", "apology: [sorry, \"/(/\", \"@other\", \"!!\"]\n");
        Write("house-rubric/en.yaml", "rubric:\n  - {id: polite, skill: curtesy, points: 1, any: [please]}\n  - {id: thanks, skill: courtesy, points: 1, any: [\"@thanks\"]}\n");
        Write("house-rubric/english.yaml", "rubric: []\n");

        var result = ContentLoader.Load(_root);

        Assert.Equal(
        [
            "skills.yaml:4:3: error TS0105",
            "skills.yaml:6:3: error TS0102",
            "skills.yaml:7:5: error TS0101",
            "en.yaml:1:18: error TS0403",
            "en.yaml:1:25: error TS0104",
            "en.yaml:1:35: error TS0404",
            "english.yaml:1:1: error TS0105",
            "en.yaml:2:25: error TS0205",
            "en.yaml:3:52: error TS0206",
        ], result.Diagnostics.Select(d => $"{Path.GetFileName(d.Path)}:{d.Span.Line + 1}:{d.Span.Column + 1}: error {d.Code}"));
        Assert.Equal(["sorry"], result.Content.PhraseBanks["en"]["apology"]);
        Assert.Empty(result.Content.HouseRubric["en"]);
        Assert.Equal(["courtesy"], result.Content.Skills.Keys);
    }

    [Fact]
    public void Load_Format2Files_AreReadAndListedInTheOrderRead()
    {
        var content = Path.Combine(TestSupport.TestData, "content");

        var result = ContentLoader.Load(content);

        Assert.Equal(
        [
            "skills.yaml", "outcomes.yaml", "phrasebanks/en.yaml", "phrasebanks/zh-CN.yaml", "house-rubric/zh-CN.yaml",
            "format-2/concepts/en.yaml", "format-2/concepts/zh-CN.yaml", "format-2/text/en.yaml", "format-2/text/zh-CN.yaml",
            "format-2/house-rubric/zh-CN.yaml",
        ], result.Files.Select(f => Path.GetRelativePath(content, f).Replace('\\', '/')));
        Assert.Equal(["抱歉", "对不起", "不好意思", "过意不去"], result.Content.Concepts["zh-CN"]["apology"]);
        Assert.Equal(["house.honorific", "house.shirk"], result.Content.HouseRubric2["zh-CN"].Select(i => i.Id));
        Assert.Empty(result.Content.HouseRubric["zh-CN"][0].Unless);
        Assert.Equal(["zh-CN"], result.Content.HouseRubric2.Keys);
    }

    [Fact]
    public void Load_BadFormat2Content_ReportsEachProblemAtItsPlace()
    {
        Write("skills.yaml", "skills:\n  courtesy:\n    name: {en: Courtesy}\n");
        Write("house-rubric/en.yaml", "rubric:\n  - {id: polite, skill: courtesy, points: 1, any: [please], unless: [not]}\n");
        Write("format-2/concepts/en.yaml", "sorry: [sorry, \"@apology\"]\n");
        Write("format-2/house-rubric/en.yaml", "rubric:\n  - {id: polite, skill: courtesy, points: 1, any: [\"@sorry\", \"@nope\"], unless: [rude]}\n");
        Write("format-2/text/en.yaml", string.Join('\n',
            "negation:",
            "  before:",
            "    - reach: 2",
            "      cues: [not, \"/n[o']t/\", \"@sorry\", \"!!\"]",
            "    - cues: [never]",
            "    - {reach: 99, cues: [no]}",
            "  aftr: []",
            "words: special",
            "word_forms:",
            "  min_stem: 0",
            "  rules:",
            "    - [ies, y]",
            "    - ies",
            "reply_limit: 2",
            "list_runs: 4",
            ""));

        var result = ContentLoader.Load(_root);

        var lines = result.Diagnostics.Select(d => $"{Path.GetRelativePath(_root, d.Path).Replace('\\', '/')}:{d.Span.Line + 1}:{d.Span.Column + 1}: {d.Code}: {d.Message}");
        Assert.Equal(
        [
            "house-rubric/en.yaml:2:61: TS0107: `unless` needs `format: 2`: this house rubric (content/house-rubric/; format 2 has its own in content/format-2/house-rubric/) is format 1",
            "format-2/concepts/en.yaml:1:16: TS0104: `a phrase of bank `sorry`` must be a phrase (a bank cannot name another bank); found @apology",
            "format-2/text/en.yaml:4:19: TS0103: `an entry of cues` must be words, not the regular expression `/n[o']t/`",
            "format-2/text/en.yaml:4:31: TS0103: `an entry of cues` must be words, not the concept name `@sorry`",
            "format-2/text/en.yaml:4:41: TS0404: phrase `!!` has no letters, digits or CJK characters, so it can never match",
            "format-2/text/en.yaml:5:7: TS0102: a cue group of negation.before is missing the required key `reach`",
            "format-2/text/en.yaml:6:15: TS0104: `reach` must be 0..50; found 99",
            "format-2/text/en.yaml:7:3: TS0101: unknown key `aftr`; did you mean `after`?",
            "format-2/text/en.yaml:8:8: TS0103: `words` must be a list, not the text `special`",
            "format-2/text/en.yaml:10:13: TS0104: `min_stem` must be 1..20; found 0",
            "format-2/text/en.yaml:13:7: TS0103: `a rule of word_forms.rules` must be a pair `[suffix, replacement]`, not the text `ies`",
            "format-2/text/en.yaml:14:14: TS0104: `reply_limit` must be 5..1000; found 2",
            "format-2/text/en.yaml:15:1: TS0101: unknown key `list_runs`; did you mean `list_run`?",
            "format-2/house-rubric/en.yaml:2:62: TS0206: unknown phrase bank `@nope` for language en (expected one of: sorry) (format 2 names the concepts of content/format-2/concepts/en.yaml)",
        ], lines);
        var rules = result.Content.TextRules["en"];
        Assert.Equal(["not"], rules.Before.Select(c => c.Phrase.Source));
        Assert.Equal(new SuffixRule("ies", "y"), Assert.Single(rules.WordForms!.Rules));
        Assert.Equal(80, rules.ReplyLimit);
        Assert.Equal(["sorry"], result.Content.Concepts["en"]["sorry"]);
    }
}
