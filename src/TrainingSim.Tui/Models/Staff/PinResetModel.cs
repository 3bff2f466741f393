using TrainingSim.Core.Progress;
using TrainingSim.Core.Security;
using TrainingSim.Tui.Widgets;

namespace TrainingSim.Tui.Models.Staff;

/// <summary>The staff view of trainees' PINs: who has one, and resetting a forgotten one through
/// <see cref="PinGate.Reset"/> (the same staff action as <c>trainingsim trainee reset-pin</c>), after which the
/// trainee sets a new PIN at their next sign-in.</summary>
internal sealed class PinResetModel
{
    private readonly ScopedProgress _progress;
    private readonly PinGate _gate;

    public PinResetModel(ScopedProgress progress, IPinStore pins, TimeProvider clock)
    {
        _progress = progress;
        _gate = new PinGate(pins, clock);
        Reload();
    }

    /// <summary>Every trainee in pinyin order, with whether they have a PIN now.</summary>
    public IReadOnlyList<(Trainee Trainee, bool HasPin)> Rows { get; private set; } = [];

    /// <summary>False on a machine whose staff turned PINs off (<c>trainingsim staff pins off</c>).</summary>
    public bool PinsRequired => _gate.Required;

    public void Reload() =>
        Rows = [.. _progress.Trainees().OrderBy(t => t.Name, TraineeNames.Order).Select(t => (t, _gate.HasPin(t.Name)))];

    /// <summary>Resets the PIN of row <paramref name="index"/>.</summary>
    public StaffMessage Reset(int index)
    {
        if (index < 0 || index >= Rows.Count)
            return new StaffMessage("StaffPinNoTrainees", Tone.Dim);
        var name = Rows[index].Trainee.Name;
        bool had;
        try
        {
            had = _gate.Reset(_progress.Session, name);
        }
        catch (ProgressStoreException e)
        {
            return new StaffMessage("StaffCourseNotStored", Tone.Bad, e.Message);
        }

        Reload();
        return had ? new StaffMessage("StaffPinResetDone", Tone.Good, name) : new StaffMessage("StaffPinResetNone", Tone.Dim, name);
    }
}
