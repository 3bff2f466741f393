using Terminal.Gui.Input;

namespace TrainingSim.Tui.Shell;

/// <summary>A command the status bar lists, with its label. Its key is not repeated here: the status bar reads it from
/// the key bindings that run the command, so what it shows is what the key does.</summary>
internal sealed record KeyHint(Command Command, string Label);
