using System.Globalization;
using TrainingSim.Cli.Tests.Support;

namespace TrainingSim.Cli.Tests.Hosting;

public class MessagesTests
{
    [Fact]
    public void Keys_ChineseAndEnglish_HaveTheSameMessages()
    {
        var english = Messages.Keys(CultureInfo.InvariantCulture);
        var chinese = Messages.Keys(CultureInfo.GetCultureInfo("zh-CN"));

        Assert.NotEmpty(english);
        Assert.Equal(english, chinese);
    }

    [Fact]
    public void Indexer_Chinese_EveryMessageIsWrittenInChinese()
    {
        var chinese = new Messages(CultureInfo.GetCultureInfo("zh-CN"));

        var untranslated = Messages.Keys(CultureInfo.InvariantCulture)
            .Where(key => !ChineseText.In(chinese[key]))
            .ToList();

        Assert.True(untranslated.Count == 0, "no Chinese in: " + string.Join(", ", untranslated));
    }

    [Fact]
    public void Indexer_Chinese_IsNotTheEnglishText()
    {
        var english = new Messages(CultureInfo.GetCultureInfo("en"));
        var chinese = new Messages(CultureInfo.GetCultureInfo("zh-CN"));

        Assert.Equal("error", english["Error"]);
        Assert.Equal("错误", chinese["Error"]);
    }
}
