using Terminal.Gui.ViewBase;

namespace TrainingSim.Tui.Shell;

/// <summary>One screen of the game, as the shell sees it. The screen's commands are Terminal.Gui commands bound to
/// keys on its view (see <see cref="Screen"/>); the shell's own (Ctrl+Q, Esc) are bound on the application.</summary>
internal interface IScreen
{
    View View { get; }

    string Title { get; }

    /// <summary>The commands listed in the status bar, in order.</summary>
    IReadOnlyList<KeyHint> Hints { get; }

    /// <summary>Raised when <see cref="Hints"/> changed (the status bar is rebuilt).</summary>
    event EventHandler? HintsChanged;

    /// <summary>Non-null while leaving would lose something (a call in progress): the question to ask.
    /// <see cref="Leave"/> is called when the trainee confirms.</summary>
    string? LeaveQuestion { get; }

    /// <summary>The trainee confirmed leaving (quit or back): wrap up (e.g. abandon the call).</summary>
    void Leave();

    /// <summary>Called each time the screen becomes the visible one.</summary>
    void Shown();
}
