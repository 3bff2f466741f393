using System.Globalization;

namespace TrainingSim.Cli.Tests.Output;

public class TextTableTests
{
    [Theory]
    [InlineData("abc", 3)]
    [InlineData("李娜", 4)]
    [InlineData("ＡＢ", 4)]
    [InlineData("e\u0301", 1)]
    [InlineData("", 0)]
    public void Width_CountsWideCharactersTwice(string text, int expected) => Assert.Equal(expected, TextTable.Width(text));

    [Fact]
    public void WriteTo_MixedWidths_LinesUpTheColumns()
    {
        var table = new TextTable("NAME", "COHORT");
        table.Add("王小明", "a");
        table.Add("bob", "bb");
        using var output = new StringWriter(CultureInfo.InvariantCulture);

        table.WriteTo(output);

        Assert.Equal("NAME    COHORT\n------  ------\n王小明  a\nbob     bb\n", output.ToString().ReplaceLineEndings("\n"));
    }
}
