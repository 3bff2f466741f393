using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;
using TrainingSim.Tui.Models.Staff;
using TrainingSim.Tui.Shell;
using TrainingSim.Tui.Widgets;

namespace TrainingSim.Tui.Screens.Staff;

/// <summary>Trainees' PINs for staff: every trainee with whether they have a PIN; Enter resets the selected
/// trainee's forgotten PIN (they set a new one at their next sign-in).</summary>
internal sealed class PinResetScreen : StaffScreen
{
    private readonly PinResetModel _model;
    private readonly Label _line = new() { X = 0, Y = 0, Width = Dim.Fill(), Height = 2 };
    private readonly StaffTableView _table = new() { X = 0, Y = 2, Width = Dim.Fill(), Height = Dim.Fill(2) };
    private readonly TextBlock _message = new() { X = 0, Y = Pos.AnchorEnd(2), Width = Dim.Fill(), Height = 2 };

    public PinResetScreen(PinResetModel model, StaffText text)
        : base(text)
    {
        _model = model;
        Add(_line, _table, _message);
        Bind(Key.Enter, Command.Accept, Reset, text["StaffKeyResetPin"]);
        Render();
    }

    protected override string ScreenTitle => Strings["StaffPinsTitle"];

    public override void Shown()
    {
        _model.Reload();
        Render();
        _table.SetFocus();
    }

    private void Reset()
    {
        var message = _model.Reset(_table.Selected);
        Render();
        _message.SetLines([MessageLine(message)]);
    }

    private void Render()
    {
        _line.Text = Strings[_model.PinsRequired ? "StaffPinsLine" : "StaffPinsOffLine"];
        var rows = _model.Rows.Select(row => (IReadOnlyList<StaffCell>)
        [
            new StaffCell(row.Trainee.Name),
            new StaffCell(row.Trainee.Cohort ?? "—"),
            row.HasPin ? new StaffCell(Strings["StaffPinSet"], Tone.Good) : new StaffCell(Strings["StaffPinNone"], Tone.Dim),
        ]).ToList();
        _table.SetRows([Strings["StaffColumnTrainee"], Strings["StaffColumnCohort"], Strings["StaffColumnPin"]], rows, Strings["StaffPinNoTrainees"]);
    }
}
