using TrainingSim.Interchange.Export;

namespace TrainingSim.Core.Tests.Export;

public class IsoDurationTests
{
    [Theory]
    [InlineData(0, "PT0S")]
    [InlineData(12.345, "PT12.35S")]
    [InlineData(60, "PT1M")]
    [InlineData(3723.5, "PT1H2M3.5S")]
    [InlineData(7200, "PT2H")]
    public void Format_Seconds_GivesIsoDuration(double seconds, string expected)
    {
        var text = IsoDuration.Format(TimeSpan.FromSeconds(seconds));

        Assert.Equal(expected, text);
        Assert.True(IsoDuration.IsValid(text));
    }

    [Theory]
    [InlineData("P")]
    [InlineData("PT")]
    [InlineData("12S")]
    [InlineData("PT1.S")]
    [InlineData("P1DT")]
    public void IsValid_Malformed_IsFalse(string text) => Assert.False(IsoDuration.IsValid(text));
}
