using TrainingSim.Core.Scenarios;
using TrainingSim.Core.Text;

namespace TrainingSim.Core.Tests.Text;

public class PhraseParserTests
{
    [Fact]
    public void Parse_Slashes_IsRegexWithoutSlashes()
    {
        var phrase = Assert.IsType<RegexPhrase>(PhraseParser.Parse("/a+b/"));
        Assert.Equal("a+b", phrase.Pattern);
    }

    [Fact]
    public void Parse_StarAfterToken_IsPrefixToken()
    {
        var phrase = Assert.IsType<TokenPhrase>(PhraseParser.Parse("Apolog* for"));
        Assert.Equal([new PhraseToken("apolog", true), new PhraseToken("for", false)], phrase.Tokens);
    }

    [Fact]
    public void Parse_Chinese_CharacterTokens()
    {
        var phrase = Assert.IsType<TokenPhrase>(PhraseParser.Parse("别着急"));
        Assert.Equal(["别", "着", "急"], phrase.Tokens.Select(t => t.Text));
        Assert.All(phrase.Tokens, t => Assert.False(t.IsPrefix));
    }

    [Fact]
    public void Parse_LoneSlash_IsTokenPhrase() => Assert.IsType<TokenPhrase>(PhraseParser.Parse("/"));
}
