using FsCheck.Xunit;
using TrainingSim.Tui.Text;

namespace TrainingSim.Tui.Tests.Text;

public sealed class ColumnsTests
{
    [Fact]
    public void Width_Chinese_CountsTwoColumnsPerCharacter() => Assert.Equal(8 + 3, Columns.Width("您好世界abc"));

    [Fact]
    public void Fit_LongerThanWidth_TruncatesWithEllipsisToExactWidth()
    {
        var fitted = Columns.Fit("换卡是不是得换号码啊", 9);

        Assert.Equal("换卡是不…", fitted);
        Assert.Equal(9, Columns.Width(fitted));
    }

    [Fact]
    public void Wrap_Chinese_BreaksBetweenCharactersWithinWidth() =>
        Assert.Equal(["您好，很高", "兴为您服务"], Columns.Wrap("您好，很高兴为您服务", 10));

    [Fact]
    public void Wrap_ClosingPunctuationAtBreak_CarriesPreviousCharacterDown() =>
        Assert.Equal(["原来的号", "码、套餐"], Columns.Wrap("原来的号码、套餐", 10));

    [Fact]
    public void Wrap_English_BreaksAtSpaces() =>
        Assert.Equal(["Good morning,", "how can I", "help?"], Columns.Wrap("Good morning, how can I help?", 13));

    [Property]
    public bool Wrap_AnyText_NoLineWiderThanWidth(string? text, byte width)
    {
        var w = 2 + (width % 60);
        return Columns.Wrap(text ?? "", w).All(line => Columns.Width(line) <= w);
    }

    [Property]
    public bool Fit_AnyText_ExactlyTheWidth(string? text, byte width)
    {
        var w = 1 + (width % 60);
        return Columns.Width(Columns.Fit((text ?? "").Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' '), w)) == w;
    }
}
