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
    public void Cell_CutText_KeepsASpaceBeforeTheNextColumn() =>
        Assert.Equal("泄露客户…  ", Columns.Cell("泄露客户信息", 11));

    [Fact]
    public void Wrap_Chinese_BreaksBetweenCharactersWithinWidth() =>
        Assert.Equal(["您好，很高", "兴为您服务"], Columns.Wrap("您好，很高兴为您服务", 10));

    [Fact]
    public void Wrap_ClosingPunctuationAtBreak_CarriesPreviousCharacterDown() =>
        Assert.Equal(["原来的号", "码、套餐"], Columns.Wrap("原来的号码、套餐", 10));

    [Fact]
    public void Wrap_English_BreaksAtSpaces() =>
        Assert.Equal(["Good morning,", "how can I", "help?"], Columns.Wrap("Good morning, how can I help?", 13));

    [Fact]
    public void Wrap_LatinWordAfterChinese_MovesWholeToTheNextLine() =>
        Assert.Equal(["请用手机营业厅", "App随时查询"], Columns.Wrap("请用手机营业厅App随时查询", 16));

    [Fact]
    public void Wrap_NumberWithUnit_NeverSplit() =>
        Assert.Equal(["每月流量", "3.2GB，够用"], Columns.Wrap("每月流量3.2GB，够用", 11));

    [Fact]
    public void Wrap_OpeningBracket_StaysWithWhatFollows() =>
        Assert.Equal(["已用流量", "（今天）"], Columns.Wrap("已用流量（今天）", 10));

    [Fact]
    public void Wrap_WordWiderThanTheLine_IsCut() =>
        Assert.Equal(["earthquak", "e-family"], Columns.Wrap("earthquake-family", 9));

    [Fact]
    public void Wrap_SpacesInsideALine_Kept() =>
        Assert.Equal(["a   b", "c"], Columns.Wrap("a   b c", 5));

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
