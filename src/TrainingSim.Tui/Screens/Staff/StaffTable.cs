using Terminal.Gui.Drawing;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using TrainingSim.Tui.Text;
using TrainingSim.Tui.Widgets;
using Attribute = Terminal.Gui.Drawing.Attribute;

namespace TrainingSim.Tui.Screens.Staff;

/// <summary>A read-only table with a header line and a selected row (marked ▶ as well as highlighted, so it
/// reads without colour). Column widths are display columns (CJK counts two); the last column takes what is
/// left. Each cell has its own tone.</summary>
internal sealed class StaffTable : View
{
    private IReadOnlyList<IReadOnlyList<StaffCell>> _rows = [];
    private IReadOnlyList<StaffCell> _header = [];
    private IReadOnlyList<int> _widths = [];
    private int _top;

    public StaffTable()
    {
        CanFocus = true;
    }

    public int Selected { get; private set; }

    public int Count => _rows.Count;

    public event Action? SelectionChanged;

    public void SetRows(IReadOnlyList<int> widths, IReadOnlyList<StaffCell> header, IReadOnlyList<IReadOnlyList<StaffCell>> rows)
    {
        _widths = widths;
        _header = header;
        _rows = rows;
        Selected = Math.Clamp(Selected, 0, Math.Max(0, rows.Count - 1));
        SetNeedsDraw();
    }

    public void Select(int index)
    {
        var next = Math.Clamp(index, 0, Math.Max(0, _rows.Count - 1));
        if (next == Selected)
            return;
        Selected = next;
        SetNeedsDraw();
        SelectionChanged?.Invoke();
    }

    protected override bool OnKeyDown(Key key)
    {
        var page = Math.Max(1, Viewport.Height - 2);
        if (key == Key.CursorDown)
            Select(Selected + 1);
        else if (key == Key.CursorUp)
            Select(Selected - 1);
        else if (key == Key.PageDown)
            Select(Selected + page);
        else if (key == Key.PageUp)
            Select(Selected - page);
        else if (key == Key.Home)
            Select(0);
        else if (key == Key.End)
            Select(_rows.Count - 1);
        else
            return false;
        return true;
    }

    protected override bool OnDrawingContent(DrawContext? context)
    {
        var normal = GetAttributeForRole(VisualRole.Normal);
        var body = Math.Max(0, Viewport.Height - 1);
        if (Selected < _top)
            _top = Selected;
        if (Selected >= _top + body)
            _top = Selected - body + 1;
        DrawRow(0, _header, normal, selected: false, heading: true);
        for (var y = 0; y < body && _top + y < _rows.Count; y++)
            DrawRow(y + 1, _rows[_top + y], normal, selected: _top + y == Selected, heading: false);
        SetAttribute(normal);
        return true;
    }

    private void DrawRow(int y, IReadOnlyList<StaffCell> cells, Attribute normal, bool selected, bool heading)
    {
        var focus = GetAttributeForRole(HasFocus ? VisualRole.Focus : VisualRole.Highlight);
        Move(0, y);
        SetAttribute(selected ? focus : normal);
        AddStr(selected ? "▶" : " ");
        var x = 1;
        for (var i = 0; i < cells.Count && x < Viewport.Width; i++)
        {
            var width = i == cells.Count - 1 || i >= _widths.Count ? Viewport.Width - x : Math.Min(_widths[i], Viewport.Width - x);
            var tone = heading ? Tone.Heading : cells[i].Tone;
            SetAttribute(selected ? focus : Palette.For(tone, normal));
            AddStr(Columns.Fit(cells[i].Text, width));
            x += width;
        }
        if (x < Viewport.Width)
            AddStr(new string(' ', Viewport.Width - x));
    }
}
