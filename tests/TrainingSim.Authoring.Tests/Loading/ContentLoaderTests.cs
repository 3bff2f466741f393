using TrainingSim.Core.Scenarios;

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
}
