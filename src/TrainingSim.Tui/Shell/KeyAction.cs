using Terminal.Gui.Input;

namespace TrainingSim.Tui.Shell;

/// <summary>A screen's command: its key, the label shown in the status bar, and what it does.</summary>
internal sealed record KeyAction(Key Key, string Label, Action Run);
