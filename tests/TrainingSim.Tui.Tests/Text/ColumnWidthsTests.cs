using TrainingSim.Tui.Text;

namespace TrainingSim.Tui.Tests.Text;

public sealed class ColumnWidthsTests
{
    [Fact]
    public void Natural_Chinese_CountsDisplayColumns() => Assert.Equal(14, ColumnWidths.Natural(["礼貌", "合规与信息安全", "abc"]));

    [Fact]
    public void Share_RoomForAllWithTwoSpaces_GivesEachButTheLastOneMore() => Assert.Equal([5, 9, 20], ColumnWidths.Share([4, 8, 20], 40));

    [Fact]
    public void Share_RoomForAllWithOneSpace_GivesEachItsNaturalWidth() => Assert.Equal([4, 8, 20], ColumnWidths.Share([4, 8, 20], 33));

    [Fact]
    public void Share_NoRoom_CutsTheWidestFirstAndLeavesTheNarrowWhole() => Assert.Equal([4, 8, 14, 14], ColumnWidths.Share([4, 8, 30, 20], 40));

    [Fact]
    public void Share_LeftOverColumn_GoesToTheFirstCutColumn() => Assert.Equal([4, 15, 14], ColumnWidths.Share([4, 30, 20], 33));

    [Fact]
    public void Share_FarTooNarrow_KeepsOneColumnEach() => Assert.Equal([1, 1, 1], ColumnWidths.Share([4, 8, 20], 2));
}
