using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;

namespace TrainingSim.Tui.Shell;

/// <summary>One screen of the game: a view plus its commands. The shell routes keys: Ctrl+Q and Esc
/// first, then the screen's <see cref="Keys"/>, then <see cref="HandleKey"/>, then the focused view.</summary>
internal interface IScreen
{
    View View { get; }

    string Title { get; }

    /// <summary>Commands shown in the status bar, in order.</summary>
    IReadOnlyList<KeyAction> Keys { get; }

    /// <summary>Non-null while leaving would lose something (a call in progress): the question to ask.
    /// <see cref="Leave"/> is called when the trainee confirms.</summary>
    string? LeaveQuestion { get; }

    /// <summary>The trainee confirmed leaving (quit or back): wrap up (e.g. abandon the call).</summary>
    void Leave();

    /// <summary>Keys that depend on focus (Enter in a list or a field). True when handled.</summary>
    bool HandleKey(Key key);

    /// <summary>Called each time the screen becomes the visible one.</summary>
    void Shown();
}
