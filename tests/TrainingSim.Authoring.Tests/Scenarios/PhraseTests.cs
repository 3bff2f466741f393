using TrainingSim.Core.Scenarios;

namespace TrainingSim.Authoring.Tests.Scenarios;

public class PhraseTests
{
    private static FreeTextStep LoadEnglish() =>
        (FreeTextStep)ScenarioLoader.LoadFile(Path.Combine(TestSupport.TestData, "Valid", "english-phrases.yaml"), TestSupport.Content)
            .Scenario!.Steps["ask"];

    [Fact]
    public void LoadFile_EnglishScenario_LoadsWithoutDiagnostics() =>
        Assert.Empty(ScenarioLoader.LoadFile(Path.Combine(TestSupport.TestData, "Valid", "english-phrases.yaml"), TestSupport.Content).Diagnostics);

    [Fact]
    public void LoadFile_TrailingStar_MakesThatTokenAPrefix()
    {
        var phrase = (TokenPhrase)LoadEnglish().Rubric.Single(i => i.Id == "help").Phrases[0];

        Assert.Equal("let me check*", phrase.Source);
        Assert.Equal([new PhraseToken("let", false), new PhraseToken("me", false), new PhraseToken("check", true)], phrase.Tokens);
    }

    [Fact]
    public void LoadFile_LiteralPhrase_IsNormalisedTokens()
    {
        var phrase = (TokenPhrase)LoadEnglish().Rubric.Single(i => i.Id == "help").Phrases[1];

        Assert.Equal([new PhraseToken("ｗｉｆｉ".Normalize(System.Text.NormalizationForm.FormKC), false), new PhraseToken("router", false)], phrase.Tokens);
    }

    [Fact]
    public void LoadFile_Bank_ExpandsToEveryPhraseOfTheLanguagesBank()
    {
        var item = LoadEnglish().Rubric.Single(i => i.Id == "sorry");

        Assert.Equal(["sorry", "apologi*", "/apologi[sz]e/", "my bad"], item.Phrases.Select(p => p.Source));
        Assert.IsType<RegexPhrase>(item.Phrases[2]);
        Assert.Equal("apologi[sz]e", ((RegexPhrase)item.Phrases[2]).Pattern);
        Assert.True(((TokenPhrase)item.Phrases[1]).Tokens[0].IsPrefix);
    }

    [Fact]
    public void LoadFile_AllItem_HasAllMode() =>
        Assert.Equal(MatchMode.All, LoadEnglish().Rubric.Single(i => i.Id == "verify").Mode);

    [Fact]
    public void LoadFile_NoHouseRubricForLanguage_AddsNothing() =>
        Assert.DoesNotContain(LoadEnglish().Rubric, i => i.FromHouseRubric);
}
