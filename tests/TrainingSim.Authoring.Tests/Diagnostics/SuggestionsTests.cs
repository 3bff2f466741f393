using TrainingSim.Authoring.Diagnostics;

namespace TrainingSim.Authoring.Tests.Diagnostics;

public class SuggestionsTests
{
    [Theory]
    [InlineData("", "", 0)]
    [InlineData("rubric", "rubric", 0)]
    [InlineData("rubirc", "rubric", 1)]
    [InlineData("titel", "title", 1)]
    [InlineData("pass-score", "pass_score", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("ca", "abc", 3)]
    [InlineData("", "abc", 3)]
    public void Distance_KnownPairs_IsOptimalStringAlignment(string a, string b, int expected) =>
        Assert.Equal(expected, Suggestions.Distance(a, b));

    [Fact]
    public void Nearest_Typo_FindsTheKey() =>
        Assert.Equal("rubric", Suggestions.Nearest("Rubirc", ["say", "mood", "rubric", "model", "next"]));

    [Fact]
    public void Nearest_NothingClose_IsNull() =>
        Assert.Null(Suggestions.Nearest("banana", ["say", "mood", "rubric"]));
}
