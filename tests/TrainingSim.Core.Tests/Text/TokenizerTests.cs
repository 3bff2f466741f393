using TrainingSim.Core.Text;

namespace TrainingSim.Core.Tests.Text;

public class TokenizerTests
{
    private static string[] Texts(string text) => [.. Tokenizer.Tokenize(text).Select(t => t.Text)];

    [Fact]
    public void Tokenize_FullWidthLatinAndDigits_BecomeHalfWidthLowerCase() =>
        Assert.Equal(["sorry", "123"], Texts("ＳＯＲＲＹ，１２３"));

    [Fact]
    public void Tokenize_Chinese_EveryCharacterIsAToken() =>
        Assert.Equal(["您", "好", "王", "先", "生"], Texts("您好！王先生。"));

    [Fact]
    public void Tokenize_MixedScripts_SplitsCjkFromWords() =>
        Assert.Equal(["请", "拨", "10086", "ok"], Texts("请拨10086 OK"));

    [Fact]
    public void Tokenize_EmojiVariationSelector_IsNotGluedToTheNextWord() =>
        Assert.Equal(["thanks"], Texts("\u2764\uFE0Fthanks"));

    [Theory]
    [InlineData("宽・带")]
    [InlineData("宽･带")]
    public void Tokenize_KatakanaMiddleDot_IsPunctuation(string text) =>
        Assert.Equal(["宽", "带"], Texts(text));

    [Theory]
    [InlineData("HAUPTSTRASSE", "Hauptstraße")]
    [InlineData("ΛΌΓΟΣ", "λόγος")]
    [InlineData("STRASSE", "Straẞe")]
    public void Tokenize_CaseFolds_WhereLowerCaseKeepsFormsApart(string upper, string written) =>
        Assert.Equal(Texts(written), Texts(upper));

    [Fact]
    public void Tokenize_PunctuationAndSpaces_AreDropped() =>
        Assert.Empty(Texts("  ，。！？…— ,.!? "));

    [Fact]
    public void Tokenize_Tokens_KeepOriginalOffsets()
    {
        const string reply = "ＨＩ，您好";
        var tokens = Tokenizer.Tokenize(reply);
        Assert.Equal("ＨＩ", reply[tokens[0].SourceRange]);
        Assert.Equal("您", reply[tokens[1].SourceRange]);
        Assert.Equal("好", reply[tokens[2].SourceRange]);
    }

    [Fact]
    public void Normalize_FullWidthAndCase_IsHalfWidthLowerCase() =>
        Assert.Equal("abc,123!", Tokenizer.Normalize("ＡＢＣ，１２３！"));

    [Fact]
    public void Tokenize_CompatibilityIdeograph_NormalisedLikeTheUnifiedOne() =>
        Assert.Equal(Texts("\u8C48"), Texts("\uF900"));

    [Fact]
    public void Tokenize_CombiningMarkAfterAsciiLetter_StaysInTheWord() =>
        Assert.Equal(["café"], Texts("Cafe\u0301!"));

    [Fact]
    public void Tokenize_AllAsciiPunctuation_Dropped() =>
        Assert.Equal(["a", "b"], Texts("a!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~b"));
}
