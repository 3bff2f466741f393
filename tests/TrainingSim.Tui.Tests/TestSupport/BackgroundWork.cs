using Terminal.Gui.App;
using TrainingSim.Tui.Shell;

namespace TrainingSim.Tui.Tests.TestSupport;

/// <summary>Lets the work the game started off the UI thread (disk work, an LRS sync) end, then runs what it
/// handed to the UI; again while a sync that was asked for meanwhile follows.</summary>
internal static class BackgroundWork
{
    public static void Drain(IApplication app, GameFlow flow)
    {
        do
        {
            flow.Background.WaitIdle();
            flow.Sync?.WaitIdle();
            app.TimedEvents!.RunTimers();
        }
        while (flow.Sync is { Busy: true });
    }
}
