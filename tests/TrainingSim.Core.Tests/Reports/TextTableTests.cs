using TrainingSim.Reports;

namespace TrainingSim.Core.Tests.Reports;

public class TextTableTests
{
    [Fact]
    public void ToString_CjkCells_AlignsByDisplayWidth()
    {
        var table = new TextTable(["name", "score"], [false, true]);
        table.AddRow("王小明", "93");
        table.AddRow("alice", "7");

        Assert.Equal(
            "name    score\n" +
            "------  -----\n" +
            "王小明     93\n" +
            "alice       7\n",
            table.ToString());
    }

    [Fact]
    public void ToString_LastColumnLeftAligned_HasNoTrailingSpaces()
    {
        var table = new TextTable(["a", "b"]);
        table.AddRow("1", "长文本");
        table.AddRow("2", "x");

        Assert.All(table.ToString().Split('\n'), line => Assert.False(line.EndsWith(' ')));
    }

    [Fact]
    public void AddRow_WrongCellCount_Throws() =>
        Assert.Throws<ArgumentException>(() => new TextTable(["a", "b"]).AddRow("1"));
}
