using Terminal.Gui.App;
using TrainingSim.Tui.Shell;

namespace TrainingSim.Tui;

/// <summary>The trainee's game: the entry point the command line calls when run with no command.</summary>
public static class TrainingSimApp
{
    /// <summary>The main loop's iterations a second (docs/performance.md, Keystrokes): an idle iteration only looks at
    /// the input queue, the terminal size and the timers.</summary>
    internal const ushort IterationsPerSecond = 200;

    /// <summary>Runs the text UI until the trainee quits (Ctrl+Q). Returns the process exit code (0).</summary>
    public static int Run(TuiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        using var app = Application.Create();
        app.Init();
        // Terminal.Gui's main loop sleeps out the rest of each iteration (25 a second: up to 40 ms before a key that
        // has arrived is handled); at 200 a second a keystroke is drawn within a few milliseconds of being read.
        Application.MaximumIterationsPerSecond = IterationsPerSecond;
        var flow = Attach(app, options);
        app.Run(flow.Shell);
        flow.Dispose();
        return 0;
    }

    /// <summary>Builds the game's window on an initialised application without running it (tests call
    /// <c>app.Begin(flow.Shell)</c> and inject keys).</summary>
    internal static GameFlow Attach(IApplication app, TuiOptions options)
    {
        var flow = new GameFlow(app, options);
        flow.Start();
        return flow;
    }
}
