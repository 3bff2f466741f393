using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using TrainingSim.Core.Scenarios;
using TrainingSim.Tui.Shell;
using TrainingSim.Tui.Widgets;

namespace TrainingSim.Tui.Screens.Staff;

/// <summary>Every scenario of the library, none locked: Enter plays it in practice mode without recording.</summary>
internal sealed class PlayTestScreen : StaffScreen
{
    private readonly IReadOnlyList<Scenario> _scenarios;
    private readonly StaffTableView _table = new() { X = 0, Y = 1, Width = Dim.Fill(), Height = Dim.Fill() };

    public PlayTestScreen(IReadOnlyList<Scenario> scenarios, StaffText text, Action<Scenario> play)
        : base(text)
    {
        _scenarios = [.. scenarios.OrderBy(s => s.Module, StringComparer.Ordinal).ThenBy(s => s.Difficulty)];
        var note = new TextBlock { X = 0, Y = 0, Width = Dim.Fill(), Height = 1 };
        note.SetLines([new StyledLine(text["StaffPlayTestNote"], Tone.Warning)]);
        _table.SetRows([text["StaffColumnModule"], text["StaffColumnDifficulty"], text["StaffColumnScenario"], text["StaffColumnId"]],
            [.. _scenarios.Select(s => (IReadOnlyList<StaffCell>)[new StaffCell(s.Module), new StaffCell(new string('◆', s.Difficulty)), new StaffCell(s.Title), new StaffCell(s.Id, Tone.Dim)])]);
        Add(note, _table);
        Bind(Key.Enter, Command.Accept, () =>
        {
            if (_scenarios.Count > 0)
                play(_scenarios[_table.Selected]);
        }, text["StaffKeyPlay"]);
    }

    protected override string ScreenTitle => Strings["StaffPlayTestTitle"];

    public override void Shown() => _table.SetFocus();
}
