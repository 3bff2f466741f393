using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using TrainingSim.Core.Courses;
using TrainingSim.Core.Progress;
using TrainingSim.Tui.Models.Staff;
using TrainingSim.Tui.Shell;
using TrainingSim.Tui.Text;
using TrainingSim.Tui.Widgets;

namespace TrainingSim.Tui.Screens.Staff;

/// <summary>The lead's dashboard: trainees × modules with best stars and score per cell. Cells carry their
/// figures in text (★2/6 75, — for not played) and a colour: green all passed, yellow some, red none yet.
/// As many modules as fit whole beside the trainee's columns are shown; the others scroll sideways with ← →.</summary>
internal sealed class CohortScreen : StaffScreen
{
    private readonly CohortModel _model;
    private readonly TimeProvider _clock;
    private readonly Action<Trainee> _open;
    private readonly Action<Action>? _pull;
    private bool _pulling;
    private readonly TextBlock _header = new() { X = 0, Y = 0, Width = Dim.Fill(), Height = 3 };
    private readonly StaffTableView _table = new() { X = 0, Y = 2, Width = Dim.Fill(), Height = Dim.Fill() };
    private int _firstModule;
    private int _visibleModules = 1;
    private int _renderedWidth = -1;

    /// <param name="pull">Syncs with the LRS, pulling what other machines sent, then calls its argument (on the UI
    /// thread); null without an LRS.</param>
    public CohortScreen(CohortModel model, StaffText text, TimeProvider clock, Action<Trainee> open, Action<Action>? pull = null)
        : base(text)
    {
        _model = model;
        _clock = clock;
        _open = open;
        _table.FrameChanged += (_, _) => Render(force: false);
        Add(_header, _table);
        Bind(Key.Enter, Command.Accept, Open, text["StaffKeyTrainee"]);
        Bind(Key.F2, Command.Toggle, () => Change(_model.NextCohort), text["StaffKeyCohort"]);
        Bind(Key.F3, Command.Find, () => Change(_model.ToggleSort), text["StaffKeySort"]);
        Bind(Key.F5, Command.Refresh, () => Change(_model.Reload), text["StaffKeyReload"]);
        _pull = pull;
        // F6 is listed on the header line: the key bar is full at 80 columns.
        if (pull is not null)
            Bind(Key.F6, Command.Open, Pull);
        BindWhen(Key.CursorRight, Command.Right, () => ScrollModules(1));
        BindWhen(Key.CursorLeft, Command.Left, () => ScrollModules(-1));
        Render(force: true);
    }

    protected override string ScreenTitle => Strings["StaffCohortTitle"];

    public override void Shown()
    {
        _model.Reload();
        Render(force: true);
        _table.SetFocus();
    }

    private void Pull()
    {
        if (_pulling)
            return;
        _pulling = true;
        Render(force: true);
        _pull!(AfterPull);
    }

    /// <summary>Left and right move the module columns by one, while there are more that way.</summary>
    private bool ScrollModules(int by)
    {
        if (by > 0 ? _firstModule + _visibleModules >= _model.Modules.Count : _firstModule == 0)
            return false;
        _firstModule += by;
        Render(force: true);
        return true;
    }

    private int TableWidth => Math.Max(_table.Viewport.Width, 60);

    private void Change(Action action)
    {
        action();
        Render(force: true);
    }

    /// <summary>The pulled attempts on the table, unless the lead has left the dashboard meanwhile.</summary>
    private void AfterPull()
    {
        _pulling = false;
        if (SuperView is not null)
            Change(_model.Reload);
    }

    private void Open()
    {
        if (_model.Rows.Count > 0)
            _open(_model.Rows[_table.Selected].Trainee);
    }

    private void Render(bool force)
    {
        if (!force && TableWidth == _renderedWidth)
            return;
        _renderedWidth = TableWidth;
        var rows = _model.Rows;
        List<(string Header, List<StaffCell> Cells)> lead =
        [
            (Strings["StaffColumnTrainee"], [.. rows.Select(r => new StaffCell(r.Trainee.Name))]),
            (Strings["StaffColumnStars"], [.. rows.Select(r => new StaffCell($"★{r.Stars}/{r.StarsPossible}", r.Stars == 0 ? Tone.Dim : Tone.Normal))]),
            (Strings["StaffColumnCourse"], [.. rows.Select(r => Course(r.Course))]),
        ];
        (string Header, List<StaffCell> Cells) lastActive = (Strings["StaffColumnLastActive"],
            [.. rows.Select(r => new StaffCell(r.LastActive is { } when ? Strings.When(when, _clock) : Strings["StaffNever"], Tone.Dim))]);
        var modules = VisibleModules([.. lead, lastActive]);
        var more = _firstModule > 0 || _firstModule + modules.Count < _model.Modules.Count;
        var cohort = _model.Cohort ?? Strings["StaffAllCohorts"];
        var sort = Strings[_model.Sort == CohortSort.Progress ? "StaffSortProgress" : "StaffSortName"];
        List<StyledLine> lines =
        [
            new StyledLine(Strings.Format("StaffCohortLine", cohort, _model.Rows.Count, sort)
                           + (_pull is null ? "" : " · " + Strings[_pulling ? "StaffPulling" : "StaffKeyPull"]), Tone.Heading),
            new StyledLine(Strings["StaffCohortLegend"], Tone.Dim),
        ];
        // On a line of its own: beside the legend it was cut at 80 columns.
        if (more)
            lines.Add(new StyledLine(Strings.Format("StaffMoreModules", _firstModule + 1, _firstModule + modules.Count, _model.Modules.Count), Tone.Dim));
        _header.SetLines(lines);
        _header.Height = lines.Count;
        _table.Y = lines.Count;

        List<(string Header, List<StaffCell> Cells)> columns = [.. lead, .. modules, lastActive];
        _table.SetRows([.. columns.Select(c => c.Header)],
            [.. rows.Select((_, r) => (IReadOnlyList<StaffCell>)[.. columns.Select(c => c.Cells[r])])],
            Strings["StaffNoTrainees"]);
    }

    /// <summary>The module columns from the first shown one that fit whole beside <paramref name="others"/> (at
    /// least one; the table cuts it when even that one does not fit).</summary>
    private List<(string Header, List<StaffCell> Cells)> VisibleModules(IReadOnlyList<(string Header, List<StaffCell> Cells)> others)
    {
        var widths = others.Select(c => NaturalWidth(c.Header, c.Cells)).ToList();
        var modules = new List<(string Header, List<StaffCell> Cells)>();
        for (var m = _firstModule; m < _model.Modules.Count; m++)
        {
            var module = (_model.Modules[m], _model.Rows.Select(r => Cell(r.Cells[m])).ToList());
            widths.Add(NaturalWidth(module.Item1, module.Item2));
            if (modules.Count > 0 && StaffTableView.LineWidth(widths) > TableWidth)
                break;
            modules.Add(module);
        }
        _visibleModules = Math.Max(1, modules.Count);
        return modules;
    }

    private static int NaturalWidth(string header, IEnumerable<StaffCell> cells) => ColumnWidths.Natural(cells.Select(c => c.Text).Prepend(header));

    /// <summary>The trainee against their cohort's plan: on track (green), behind (yellow), failed exam (red), — for none.</summary>
    private StaffCell Course(Standing? standing) => standing is { } known
        ? new StaffCell(Strings["StaffStanding" + StandingNames.KeySuffix(known)],
            known switch { Standing.OnTrack => Tone.Good, Standing.Behind => Tone.Warning, _ => Tone.Bad })
        : new StaffCell("—", Tone.Dim);

    private static StaffCell Cell(ModuleCell cell)
    {
        if (cell.Completed == 0)
            return new StaffCell("—", Tone.Dim);
        var tone = cell.AllPassed ? Tone.Good : cell.Stars > 0 ? Tone.Warning : Tone.Bad;
        return new StaffCell($"★{cell.Stars}/{cell.StarsPossible} {cell.Score}", tone);
    }
}
