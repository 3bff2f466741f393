using System.Globalization;

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
    public void Indexer_Chinese_IsNotTheEnglishText()
    {
        var english = new Messages(CultureInfo.GetCultureInfo("en"));
        var chinese = new Messages(CultureInfo.GetCultureInfo("zh-CN"));

        Assert.Equal("error", english["Error"]);
        Assert.Equal("错误", chinese["Error"]);
    }
}
