using System.Globalization;

namespace TrainingSim.Cli.Tests.Hosting;

public class InterfaceLanguageTests
{
    [Theory]
    [InlineData("en", "zh-CN", "en")]
    [InlineData("zh-CN", "en-US", "zh-CN")]
    [InlineData(null, "en-GB", "en")]
    [InlineData(null, "zh-TW", "zh-CN")]
    [InlineData(null, "de-DE", "zh-CN")]
    [InlineData(null, "", "zh-CN")]
    public void Resolve_OptionThenSystemCultureThenChinese(string? option, string system, string expected)
    {
        var culture = InterfaceLanguage.Resolve(option, CultureInfo.GetCultureInfo(system));

        Assert.Equal(expected, culture.Name);
    }
}
