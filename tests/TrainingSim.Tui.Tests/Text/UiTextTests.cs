using System.Globalization;
using TrainingSim.Core.Content;
using TrainingSim.Tui.Localization;

namespace TrainingSim.Tui.Tests.Text;

public class UiTextTests
{
    [Fact]
    public void Keys_ChineseAndEnglish_HaveTheSameStrings()
    {
        var chinese = UiText.Keys(CultureInfo.InvariantCulture);

        Assert.NotEmpty(chinese);
        Assert.Equal(chinese, UiText.Keys(CultureInfo.GetCultureInfo("en")));
    }

    [Fact]
    public void Indexer_MissingKey_DoesNotThrow()
    {
        var text = new UiText(CultureInfo.GetCultureInfo("en"), new TrainingContent());

        Assert.Equal("NoSuchKey", text["NoSuchKey"]);
    }
}
