using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;
using Terminal.Gui.Input;
using Terminal.Gui.Testing;
using Terminal.Gui.Time;
using TrainingSim.Core.Content;
using TrainingSim.Core.Courses;
using TrainingSim.Core.Progress;
using TrainingSim.Core.Review;
using TrainingSim.Core.Scenarios;
using TrainingSim.Core.Security;
using TrainingSim.Interchange.Sync;
using TrainingSim.Tui.Models.Staff;
using TrainingSim.Tui.Shell;
using TrainingSim.Tui.Tests.TestSupport;

namespace TrainingSim.Tui.Tests.Staff;

/// <summary>The whole program on Terminal.Gui's ANSI driver with virtual time, with a role store and a
/// library of files for the staff views.</summary>
internal sealed class StaffHarness : IDisposable
{
    private readonly IApplication _app;
    private readonly VirtualTimeProvider _uiTime = new();

    public StaffHarness(
        IProgressStore? store = null,
        IRoleStore? roles = null,
        IReadOnlyList<StaffLibraryFile>? files = null,
        Func<StaffLibrary>? reload = null,
        IReadOnlyList<Scenario>? scenarios = null,
        string culture = "zh-CN",
        FakeTimeProvider? clock = null,
        ICourseStore? courses = null,
        IReadOnlyList<CoursePlan>? plans = null,
        IReviewActions? review = null,
        LrsEndpoint? lrs = null,
        TrainingContent? content = null,
        int width = 80,
        int height = 24)
    {
        Store = store ?? new InMemoryProgressStore();
        Roles = roles ?? new InMemoryRoleStore();
        Pins = new InMemoryPinStore(pinsOff: true);
        Clock = clock ?? new FakeTimeProvider(StaffData.Now);
        _app = Application.Create(_uiTime);
        _app.Init(DriverRegistry.Names.ANSI);
        _app.Driver!.SetScreenSize(width, height);
        Flow = TrainingSimApp.Attach(_app, new TuiOptions
        {
            Scenarios = scenarios ?? TestScenarios.All,
            Content = content ?? TestScenarios.Content,
            Store = Store,
            Culture = CultureInfo.GetCultureInfo(culture),
            DatabasePath = "/tmp/progress.db",
            Clock = Clock,
            Roles = Roles,
            Pins = Pins,
            LibraryFiles = files ?? [],
            ReloadLibrary = reload,
            Courses = courses ?? new InMemoryCourseStore(),
            Plans = plans ?? [],
            Review = review,
            ReviewStore = Store as IReviewStore,
            Lrs = lrs,
        });
        Flow.Staff.OpenEditor = command =>
        {
            EditorCommands.Add(command);
            return new StaffMessage("StaffEditorRunYourself", Widgets.Tone.Warning, string.Join(' ', command));
        };
        _app.Begin(Flow.Shell);
    }

    public IProgressStore Store { get; }

    public IRoleStore Roles { get; }

    public InMemoryPinStore Pins { get; }

    public FakeTimeProvider Clock { get; }

    public GameFlow Flow { get; }

    public List<IReadOnlyList<string>> EditorCommands { get; } = [];

    public IScreen? Screen => Flow.Shell.Current;

    public StaffHarness Type(string text)
    {
        foreach (var c in text)
            _app.InjectKey(new Key(c));
        return this;
    }

    public StaffHarness Press(Key key, int times = 1)
    {
        for (var i = 0; i < times; i++)
            _app.InjectKey(key);
        return this;
    }

    /// <summary>F9 on sign-in, the role (0 trainer, 1 lead), the passphrase, Enter.</summary>
    public StaffHarness Unlock(int role, string passphrase) =>
        Press(Key.F9).Press(Key.CursorDown, role).Press(Key.Enter).Type(passphrase).Press(Key.Enter);

    /// <summary>Waits for the work started off the UI thread (<see cref="BackgroundWork.Drain"/>).</summary>
    public StaffHarness RunQueued()
    {
        BackgroundWork.Drain(_app, Flow);
        return this;
    }

    /// <summary>The screen as text, trailing spaces trimmed per line.</summary>
    public string Text()
    {
        _app.LayoutAndDraw(true);
        var lines = _app.Driver!.ToString()!.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        return string.Join('\n', lines.Select(l => l.TrimEnd())).TrimEnd() + "\n";
    }

    public void Dispose()
    {
        Flow.Dispose();
        _app.Dispose();
    }
}
