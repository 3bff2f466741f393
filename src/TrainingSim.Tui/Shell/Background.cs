using System.Runtime.ExceptionServices;
using Terminal.Gui.App;

namespace TrainingSim.Tui.Shell;

/// <summary>Work that touches the disk (a database retry, a library reload) runs off the UI thread; its result
/// reaches the screen through <see cref="IApplication.Invoke(Action)"/>. A failure the work did not expect is
/// thrown again on the UI thread, so a bug still ends the program as a bug.</summary>
internal sealed class Background(IApplication app)
{
    private readonly List<Task> _running = [];
    private readonly Lock _gate = new();

    public void Run<T>(Func<T> work, Action<T> show)
    {
        var task = Task.Run(() =>
        {
            try
            {
                var result = work();
                app.Invoke(() => show(result));
            }
            catch (Exception e)
            {
                var error = ExceptionDispatchInfo.Capture(e);
                app.Invoke(error.Throw);
            }
        });
        lock (_gate)
        {
            _running.RemoveAll(t => t.IsCompleted);
            _running.Add(task);
        }
    }

    /// <summary>Waits for the work started so far (tests; the results then wait in the UI's queue).</summary>
    public void WaitIdle()
    {
        Task[] running;
        lock (_gate)
            running = [.. _running];
        Task.WaitAll(running);
    }
}
