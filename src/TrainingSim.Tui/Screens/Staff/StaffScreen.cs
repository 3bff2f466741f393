using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using TrainingSim.Tui.Shell;

namespace TrainingSim.Tui.Screens.Staff;

/// <summary>What every staff screen shares: a full-size view with a title and keys, nothing to lose on leaving.</summary>
internal abstract class StaffScreen : View, IScreen
{
    protected StaffScreen(StaffText text)
    {
        Strings = text;
        Width = Dim.Fill();
        Height = Dim.Fill();
        CanFocus = true;
    }

    protected StaffText Strings { get; }

    View IScreen.View => this;

    string IScreen.Title => ScreenTitle;

    protected abstract string ScreenTitle { get; }

    public IReadOnlyList<KeyAction> Keys { get; protected set; } = [];

    public virtual string? LeaveQuestion => null;

    public virtual void Leave()
    {
    }

    public virtual bool HandleKey(Key key) => false;

    public virtual void Shown()
    {
    }
}
