using Terminal.Gui.Drawing;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;
using TrainingSim.Tui.Text;
using TrainingSim.Tui.Widgets;
using Attribute = Terminal.Gui.Drawing.Attribute;

namespace TrainingSim.Tui.Screens.Staff;

/// <summary>A read-only staff table on Terminal.Gui's <see cref="TableView"/>: a header line, whole rows selected
/// (↑ ↓ PgUp PgDn Home End, or a click) and marked ▶ as well as highlighted, so the selection reads without colour;
/// each cell has its own tone.</summary>
/// <remarks>Column widths are set here rather than left to <see cref="TableView"/>: it gives the first columns their
/// whole width and clips the last one at the edge without an ellipsis. Here every column gets its content's width
/// when the line has room for all, otherwise the widest give way first (<see cref="ColumnWidths.Share"/>), cut
/// with … and measured in display columns; two spaces separate two columns when there is room, never less than one.</remarks>
internal sealed class StaffTableView : TableView
{
    /// <summary>The ▶ column and the space after it.</summary>
    private const int MarkerWidth = 2;

    private readonly StaffTableSource _source = new();
    private string? _empty;
    private int _shown;
    private bool _filling;
    private int _fittedWidth = -1;

    public StaffTableView()
    {
        FullRowSelect = true;
        MultiSelect = false;
        // Type-to-search would look at column 0, the ▶ marks.
        CollectionNavigator = null;
        MaxCellWidth = short.MaxValue;
        Style = new TableStyle
        {
            AlwaysShowHeaders = true,
            ShowHorizontalHeaderOverline = false,
            ShowHorizontalHeaderUnderline = false,
            ShowVerticalCellLines = false,
            ShowVerticalHeaderLines = false,
        };
        // Whole rows are selected, so Home and End go to the first and last row (2.5.0 binds them to the first and
        // last column, and the rows to Ctrl+Home and Ctrl+End, which stay).
        KeyBindings.ReplaceCommands(Key.Home, Command.Start);
        KeyBindings.ReplaceCommands(Key.End, Command.End);
        // Whole rows have no column to move to: ← and → are left to the screen (the dashboard pages its modules).
        KeyBindings.Remove(Key.CursorLeft);
        KeyBindings.Remove(Key.CursorRight);
        Table = _source;
    }

    /// <summary>The selected row (0 when there are none).</summary>
    public int Selected => Math.Clamp(Value?.SelectedCell.Y ?? 0, 0, Math.Max(0, Count - 1));

    public int Count => _source.Rows;

    public event Action? SelectionChanged;

    /// <summary>The width of a line whose columns are <paramref name="widths"/> wide, the ▶ column included.</summary>
    public static int LineWidth(IReadOnlyCollection<int> widths) => MarkerWidth + widths.Sum() + Math.Max(0, widths.Count - 1);

    /// <summary>Shows <paramref name="rows"/> under <paramref name="header"/>, keeping the selected row where it can;
    /// <paramref name="empty"/> is written under the header when there are no rows.</summary>
    public void SetRows(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<StaffCell>> rows, string? empty = null)
    {
        _filling = true;
        var selected = Selected;
        _source.Set(header, rows);
        _empty = empty;
        FitColumns();
        if (rows.Count > 0)
            SetSelection(0, Math.Min(selected, rows.Count - 1), false);
        RefreshContentSize();
        Update();
        _shown = Selected;
        _filling = false;
    }

    public void Select(int index)
    {
        var next = Math.Clamp(index, 0, Math.Max(0, Count - 1));
        if (Count == 0 || next == Selected)
            return;
        SetSelection(0, next, false);
        Update();
    }

    protected override void OnValueChanged(Terminal.Gui.App.ValueChangedEventArgs<TableSelection?> args)
    {
        base.OnValueChanged(args);
        if (_filling || Selected == _shown)
            return;
        _shown = Selected;
        SelectionChanged?.Invoke();
    }

    /// <remarks>The first layout reports no change of viewport (the view is not initialised yet), hence the frame
    /// and the drawing check the width too.</remarks>
    protected override void OnViewportChanged(DrawEventArgs e)
    {
        base.OnViewportChanged(e);
        Refit();
    }

    protected override void OnFrameChanged(in System.Drawing.Rectangle frame)
    {
        base.OnFrameChanged(frame);
        Refit();
    }

    protected override bool OnDrawingContent(DrawContext? context)
    {
        Refit();
        base.OnDrawingContent(context);
        if (Count == 0 && _empty is { } empty)
        {
            SetAttribute(Palette.For(Tone.Dim, GetAttributeForRole(VisualRole.Normal)));
            Move(MarkerWidth, 1);
            AddStr(Columns.Shorten(empty, Math.Max(0, Viewport.Width - MarkerWidth)));
        }
        return true;
    }

    private void Refit()
    {
        if (Viewport.Width == _fittedWidth)
            return;
        FitColumns();
        RefreshContentSize();
        EnsureValidScrollOffsets();
    }

    /// <summary>Pins each column's width (MinWidth = MaxWidth) to its share of the line; see the remarks above.</summary>
    private void FitColumns()
    {
        var headers = _source.Headers;
        var natural = headers.Select((h, c) => ColumnWidths.Natural(
            Enumerable.Range(0, _source.Rows).Select(r => _source.Cell(r, c).Text).Prepend(h))).ToList();
        var room = Viewport.Width - LineWidth(new int[natural.Count]);
        var widths = Viewport.Width > 0 ? ColumnWidths.Share(natural, room) : [.. natural];
        _fittedWidth = Viewport.Width;
        _source.Widen(widths);
        Style.ColumnStyles.Clear();
        Style.ColumnStyles[0] = new ColumnStyle
        {
            MinWidth = 1,
            MaxWidth = 1,
            RepresentationGetter = row => (int)row == Selected ? "▶" : "",
            HeaderColorGetter = args => Heading(args.RowScheme),
        };
        for (var c = 0; c < widths.Length; c++)
        {
            Style.ColumnStyles[c + 1] = new ColumnStyle
            {
                MinWidth = widths[c],
                MaxWidth = widths[c],
                RepresentationGetter = cell => ((StaffCell)cell).Text,
                ColorGetter = args => Toned(((StaffCell)args.CellValue).Tone, args.RowScheme),
                HeaderColorGetter = args => Heading(args.RowScheme),
            };
        }
    }

    /// <summary>The row's scheme with the tone's colour for an unselected cell; a selected row keeps the row's.</summary>
    private static Scheme? Toned(Tone tone, Scheme row) => tone == Tone.Normal
        ? null
        : new Scheme(row) { Normal = Palette.For(tone, row.Normal), Focus = row.Focus, Active = row.Active, Disabled = row.Disabled };

    /// <summary>Headers in the heading colour, whether or not the table has the focus.</summary>
    private static Scheme Heading(Scheme row)
    {
        Attribute heading = Palette.For(Tone.Heading, row.Normal);
        return new Scheme(row) { Normal = heading, Focus = heading };
    }
}
