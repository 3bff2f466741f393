using Terminal.Gui.Views;

namespace TrainingSim.Tui.Screens.Staff;

/// <summary>A staff table's rows as Terminal.Gui reads them: column 0 holds each row's index (for the ▶ mark of
/// the selected row), the others the row's <see cref="StaffCell"/>s; a short row reads as empty cells.</summary>
internal sealed class StaffTableSource : ITableSource
{
    private static readonly StaffCell Blank = new("");

    private string[] _names = [""];

    public IReadOnlyList<string> Headers { get; private set; } = [];

    public IReadOnlyList<IReadOnlyList<StaffCell>> Cells { get; private set; } = [];

    public string[] ColumnNames => _names;

    public int Columns => _names.Length;

    public int Rows => Cells.Count;

    public object this[int row, int col] => col == 0 ? row : Cell(row, col - 1);

    public StaffCell Cell(int row, int column) => column < Cells[row].Count ? Cells[row][column] : Blank;

    public void Set(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<StaffCell>> cells)
    {
        Headers = headers;
        Cells = cells;
        _names = ["", .. headers];
    }

    /// <summary>The headers padded (or cut) to the columns' widths: a table without rows lays its columns out by
    /// their headers alone, ignoring the column styles.</summary>
    public void Widen(IReadOnlyList<int> widths) => _names = [" ", .. Headers.Select((h, c) => Text.Columns.Fit(h, widths[c]))];
}
