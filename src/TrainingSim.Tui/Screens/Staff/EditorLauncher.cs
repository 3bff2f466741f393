using System.Diagnostics;
using TrainingSim.Tui.Models.Staff;
using TrainingSim.Tui.Widgets;

namespace TrainingSim.Tui.Screens.Staff;

/// <summary>Opens <c>$EDITOR +LINE file</c>. Terminal.Gui 2.5.0 cannot hand its terminal to a child process
/// (its suspend is Ctrl+Z's SIGTSTP, which stops this process too), so inside tmux the editor opens in a new
/// pane beside the game — the library reloads when the file is saved — and elsewhere the command is shown
/// for the trainer to run in another terminal.</summary>
internal static class EditorLauncher
{
    public static StaffMessage Open(IReadOnlyList<string> command)
    {
        var line = string.Join(' ', command.Select(Quote));
        if (Environment.GetEnvironmentVariable("TMUX") is not { Length: > 0 })
            return new StaffMessage("StaffEditorRunYourself", Tone.Warning, line);
        try
        {
            using var tmux = Process.Start(new ProcessStartInfo("tmux", ["split-window", "-h", line]) { UseShellExecute = false });
            return new StaffMessage("StaffEditorOpened", Tone.Good, line);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return new StaffMessage("StaffEditorRunYourself", Tone.Warning, line);
        }
    }

    internal static string Quote(string word) =>
        word.Length > 0 && word.All(c => char.IsLetterOrDigit(c) || "+-_./=:".Contains(c, StringComparison.Ordinal))
            ? word
            : "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
