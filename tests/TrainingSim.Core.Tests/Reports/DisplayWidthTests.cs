using TrainingSim.Reports;

namespace TrainingSim.Core.Tests.Reports;

public class DisplayWidthTests
{
    [Theory]
    [InlineData("alice", 5)]
    [InlineData("王小明", 6)]
    [InlineData("王 Li", 5)]
    [InlineData("，。！", 6)] // fullwidth punctuation
    [InlineData("ｱｲｳ", 3)] // halfwidth katakana
    [InlineData("한국", 4)]
    [InlineData("e\u0301", 1)] // combining acute accent
    [InlineData("a\u200Bb", 2)] // zero width space
    [InlineData("😀", 2)]
    [InlineData("𠀀", 2)] // CJK extension B, outside the BMP
    [InlineData("", 0)]
    public void Of_Text_CountsTerminalColumns(string text, int expected) =>
        Assert.Equal(expected, DisplayWidth.Of(text));
}
