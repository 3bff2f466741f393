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
using TrainingSim.Core.Scenarios;
using TrainingSim.Core.Security;
using TrainingSim.Interchange.Sync;
using TrainingSim.Tui.Screens;
using TrainingSim.Tui.Shell;

namespace TrainingSim.Tui.Tests.TestSupport;

/// <summary>The whole game on Terminal.Gui's ANSI driver with virtual time, no terminal: inject keys,
/// read the screen as text.</summary>
internal sealed class GameHarness : IDisposable
{
    /// <summary>Seeds the choices' shuffle, so screens are the same on every run.</summary>
    public const int ShuffleSeed = 2;

    public static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private readonly IApplication _app;
    private readonly VirtualTimeProvider _uiTime = new();

    /// <param name="pins">True: trainees sign in with PINs (the default of a real database); false: PINs turned off.</param>
    public GameHarness(int width = 80, int height = 24, string culture = "zh-CN", IReadOnlyList<Scenario>? scenarios = null, IProgressStore? store = null, TrainingContent? content = null, bool pins = false, Func<IProgressStore>? reopen = null,
        ICourseStore? courses = null, IReadOnlyList<CoursePlan>? plans = null, LrsEndpoint? lrs = null,
        TimeSpan? syncTimeout = null)
    {
        Store = store ?? new InMemoryProgressStore();
        Pins = new InMemoryPinStore(pinsOff: !pins);
        _app = Application.Create(_uiTime);
        _app.Init(DriverRegistry.Names.ANSI);
        _app.Driver!.SetScreenSize(width, height);
        Flow = TrainingSimApp.Attach(_app, new TuiOptions
        {
            Scenarios = scenarios ?? TestScenarios.All,
            Content = content ?? TestScenarios.Content,
            Store = Store,
            ReopenStore = reopen,
            Culture = CultureInfo.GetCultureInfo(culture),
            DatabasePath = "/tmp/progress.db",
            Clock = Clock,
            ChoiceShuffle = new Random(ShuffleSeed),
            Pins = Pins,
            Courses = courses ?? new InMemoryCourseStore(),
            Plans = plans ?? [],
            Lrs = lrs,
            SyncTimeout = syncTimeout ?? TimeSpan.FromSeconds(15),
        });
        _app.Begin(Flow.Shell);
    }

    public IProgressStore Store { get; }

    public InMemoryPinStore Pins { get; }

    public FakeTimeProvider Clock { get; } = new(Start);

    public GameFlow Flow { get; }

    public IScreen? Screen => Flow.Shell.Current;

    public GameHarness Type(string text)
    {
        foreach (var c in text)
            _app.InjectKey(new Key(c));
        return this;
    }

    public GameHarness Press(Key key)
    {
        _app.InjectKey(key);
        return this;
    }

    /// <summary>On a choice step: presses the digit of the choice that is <paramref name="number"/> in the file
    /// (shown shuffled), then Enter.</summary>
    public GameHarness Choose(int number)
    {
        var call = Assert.IsType<CallScreen>(Screen).Model;
        var shown = call.ChoiceOrder.ToList().IndexOf(number) + 1;
        Assert.True(shown > 0, $"choice {number} is not shown");
        return Press(new Key((char)('0' + shown))).Press(Key.Enter);
    }

    /// <summary>Lets time pass for both the game's clock and the UI's timers, and runs due timers.</summary>
    public GameHarness Wait(TimeSpan time)
    {
        Clock.Advance(time);
        _uiTime.Advance(time);
        _app.TimedEvents!.RunTimers();
        return this;
    }

    /// <summary>Waits for the work started off the UI thread (<see cref="BackgroundWork.Drain"/>).</summary>
    public GameHarness Settle()
    {
        BackgroundWork.Drain(_app, Flow);
        return this;
    }

    /// <summary>Runs the UI's due timers without moving the game's clock (the sign-in list's refresh).</summary>
    public GameHarness RunTimers(TimeSpan time)
    {
        _uiTime.Advance(time);
        _app.TimedEvents!.RunTimers();
        return this;
    }

    public GameHarness Resize(int width, int height)
    {
        _app.Driver!.SetScreenSize(width, height);
        return this;
    }

    /// <summary>Signs in a new trainee (name, cohort) and lands on the home screen.</summary>
    public GameHarness SignInNew(string name = "张小明", string cohort = "2026春季班") =>
        Press(Key.F2).Type(name).Press(Key.Enter).Type(cohort).Press(Key.Enter);

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
