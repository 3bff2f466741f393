using TrainingSim.Cli.Library;

namespace TrainingSim.Cli.Tests.Library;

public class NearestTests
{
    private static readonly string[] Ids = ["holiday-bill-payment", "elderly-broken-phone", "plain-enquiry"];

    [Theory]
    [InlineData("holiday-bill", "holiday-bill-payment")]
    [InlineData("plain-enquiri", "plain-enquiry")]
    [InlineData("elderly-broken-phon", "elderly-broken-phone")]
    [InlineData("something-else-entirely", null)]
    [InlineData("ph", null)]
    public void Name_PrefersContainingThenCloseSpellings(string word, string? expected) =>
        Assert.Equal(expected, Nearest.Name(word, Ids));

    [Theory]
    [InlineData("", "", 0)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("客户", "客服", 1)]
    public void Distance_IsTheEditDistance(string a, string b, int expected) => Assert.Equal(expected, Nearest.Distance(a, b));
}
