using Terminal.Gui.App;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using TrainingSim.Core.Diagnostics;
using TrainingSim.Tui.Models.Staff;
using TrainingSim.Tui.Shell;
using TrainingSim.Tui.Widgets;

namespace TrainingSim.Tui.Screens.Staff;

/// <summary>The library browser: every scenario file with its status, each followed by its errors and
/// warnings at <c>line:column</c>. Enter opens the file in <c>$EDITOR +LINE</c>; the library reloads on its
/// own when a file under the watched folders changes (and on F5).</summary>
internal sealed class LibraryScreen : StaffScreen
{
    private readonly IApplication _app;
    private readonly Background _background;
    private bool _gone;
    private readonly LibraryModel _model;
    private readonly Func<IReadOnlyList<string>, StaffMessage> _openEditor;
    private readonly TextBlock _header = new() { X = 0, Y = 0, Width = Dim.Fill(), Height = 1 };
    private readonly StaffTableView _table = new() { X = 0, Y = 1, Width = Dim.Fill(), Height = Dim.Fill(2) };
    private readonly TextBlock _message = new() { X = 0, Y = Pos.AnchorEnd(2), Width = Dim.Fill(), Height = 2 };
    private readonly LibraryWatcher? _watcher;
    private readonly LibraryCoverage _coverage = new();

    public LibraryScreen(IApplication app, Background background, LibraryModel model, StaffText text, IReadOnlyList<string> watchPaths,
        Func<IReadOnlyList<string>, StaffMessage> openEditor, bool nothingPlayable = false)
        : base(text)
    {
        _app = app;
        _background = background;
        _model = model;
        _openEditor = openEditor;
        _table.SelectionChanged += ShowSelected;
        Add(_header, _table, _message);
        Bind(Key.Enter, Command.Accept, Edit, text["StaffKeyEdit"]);
        Bind(Key.F5, Command.Refresh, Reload, text["StaffKeyReload"]);
        if (model.CanReload && watchPaths.Count > 0)
            _watcher = new LibraryWatcher(watchPaths, Reload);
        Render();
        if (nothingPlayable)
            _message.SetLines([new StyledLine(text["StaffLibraryNothingPlayable"], Tone.Warning)]);
    }

    protected override string ScreenTitle => Strings["StaffLibraryTitle"];

    public override void Shown() => _table.SetFocus();

    /// <summary>Loads the library again off the UI thread, then redraws (F5, or the watcher on its own thread).</summary>
    public void Reload()
    {
        if (_model.CanReload)
            _background.Run(_model.Load, Show);
    }

    private void Show(StaffLibrary library)
    {
        if (_gone)
            return;
        _model.Show(library);
        Render();
        _message.SetLines([new StyledLine(Strings.Format("StaffLibraryReloaded", _model.Library.Files.Count, _model.Library.Scenarios.Count), Tone.Dim)]);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _gone = true;
            _watcher?.Dispose();
        }
        base.Dispose(disposing);
    }

    private void Edit()
    {
        if (_model.Rows.Count == 0)
            return;
        var editor = Environment.GetEnvironmentVariable("VISUAL") is { Length: > 0 } visual ? visual
            : Environment.GetEnvironmentVariable("EDITOR") is { Length: > 0 } set ? set
            : "vi";
        var message = _openEditor(LibraryModel.EditorArguments(editor, _model.Rows[_table.Selected]));
        _message.SetLines([new StyledLine(Strings.Message(message, TimeProvider.System), message.Tone)]);
    }

    /// <summary>The whole diagnostic of the selected line (the table cuts it to the width); on a file that loaded,
    /// the explorer's coverage of its scenario, computed in the background the first time.</summary>
    private void ShowSelected()
    {
        if (_table.Selected >= _model.Rows.Count)
            return;
        var row = _model.Rows[_table.Selected];
        if (row.Diagnostic is { } diagnostic)
        {
            _message.SetLines([new StyledLine(diagnostic.ToString(), diagnostic.Severity == Severity.Error ? Tone.Bad : Tone.Warning)]);
            return;
        }

        if (_model.Library.Scenarios.FirstOrDefault(s => s.Id == row.File.ScenarioId) is not { } scenario)
            return;
        if (_coverage.Known(scenario) is { } known)
        {
            _message.SetLines(CoverageLines.For(known, Strings));
            return;
        }

        _message.SetLines([new StyledLine(Strings.Format("StaffCoverageComputing", LibraryCoverage.Calls, LibraryCoverage.Seed), Tone.Dim)]);
        _background.Run(() => _coverage.Compute(scenario), _ =>
        {
            if (!_gone && _table.Selected < _model.Rows.Count && _model.Rows[_table.Selected] == row)
                ShowSelected();
        });
    }

    private void Render()
    {
        var files = _model.Library.Files;
        _header.SetLines([new StyledLine(Strings.Format("StaffLibraryLine", files.Count, files.Count(f => f.Errors == 0),
            files.Sum(f => f.Errors), files.Sum(f => f.Warnings)), Tone.Heading)]);
        var rows = _model.Rows.Select(row => row.Diagnostic is { } d
            ? DiagnosticRow(d)
            :
            [
                new StaffCell(Path.GetFileName(row.File.Path), Tone.Heading),
                new StaffCell(Status(row.File), row.File.Errors > 0 ? Tone.Bad : row.File.Warnings > 0 ? Tone.Warning : Tone.Good),
                new StaffCell(row.File.Title is null ? row.File.Path : $"{row.File.Title} · {row.File.Path}", Tone.Dim),
            ]).ToList();
        _table.SetRows([Strings["StaffColumnFile"], Strings["StaffColumnStatus"], Strings["StaffColumnDetail"]], rows, Strings["StaffNoFiles"]);
    }

    /// <summary>One diagnostic on one line, under its file: <c>✗ line:column</c>, its code, its message (the whole
    /// diagnostic, path included, is shown under the table when the line is selected).</summary>
    private static IReadOnlyList<StaffCell> DiagnosticRow(Diagnostic d)
    {
        var tone = d.Severity == Severity.Error ? Tone.Bad : Tone.Warning;
        return
        [
            new StaffCell($"  {(d.Severity == Severity.Error ? "✗" : "⚠")} {d.Span.Line + 1}:{d.Span.Column + 1}", tone),
            new StaffCell(d.Code, tone),
            new StaffCell(d.Message, tone),
        ];
    }

    private string Status(StaffLibraryFile file) =>
        file.Errors > 0 ? "✗ " + Strings.Format("StaffErrorsCount", file.Errors)
        : file.Warnings > 0 ? "⚠ " + Strings.Format("StaffWarningsCount", file.Warnings)
        : "✓ " + Strings["StaffValid"];
}
