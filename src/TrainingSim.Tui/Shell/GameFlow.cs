using Terminal.Gui.App;
using TrainingSim.Core.Progress;
using TrainingSim.Core.Scenarios;
using TrainingSim.Core.Security;
using TrainingSim.Tui.Localization;
using TrainingSim.Tui.Models;
using TrainingSim.Tui.Models.Staff;
using TrainingSim.Tui.Screens;
using TrainingSim.Tui.Screens.Staff;
using TrainingSim.Tui.Storage;

namespace TrainingSim.Tui.Shell;

/// <summary>Which screen follows which: sign-in → home → briefing → call → scorecard (retry, next, home).</summary>
internal sealed class GameFlow : IDisposable
{
    private readonly IApplication _app;
    private readonly TuiOptions _options;
    private readonly UiText _text;
    private readonly StoreRetry _retry;
    private HomeModel? _home;
    private Trainee? _trainee;
    private StaffText? _staffText;

    public GameFlow(IApplication app, TuiOptions options)
    {
        _app = app;
        Store = new KeptWritesStore(options.Store, options.ReopenStore);
        _options = options = options with { Store = Store };
        _text = new UiText(options.Culture, options.Content);
        Background = new Background(app);
        Shell = new GameShell(app, _text, options.DatabasePath);
        _retry = new StoreRetry(app, Store, Shell, Background);
        if (options.Lrs is { } lrs && Store.HasOutbox)
        {
            Sync = new BackgroundSync(app, Store, lrs, options);
            Sync.Changed += (_, _) => Shell.SyncState = SyncLine.Of(Sync.Status!, _text, options.Clock);
        }
        Staff = new StaffFlow(app, options, Shell, _text, Background, Sync);
    }

    /// <summary>The background sync with the LRS; null when no LRS is configured.</summary>
    public BackgroundSync? Sync { get; }

    /// <summary>Disk work off the UI thread.</summary>
    public Background Background { get; }

    /// <summary>The store every screen uses: a call's refused writes are kept and retried.</summary>
    public KeptWritesStore Store { get; }

    /// <summary>The trainers' and leads' screens (F9 on sign-in).</summary>
    public StaffFlow Staff { get; }

    public GameShell Shell { get; }

    private string Language => _options.Culture.Name;

    /// <summary>Sign-in; when no scenario of the library loads, the library browser over it, so that a trainer sees
    /// every error and can open its file (Esc leaves it for sign-in).</summary>
    public void Start()
    {
        Shell.Push(new SignInScreen(_app, new SignInModel(_options.Store), _text, Open, SignedOut, Staff.Open));
        if (_options.Scenarios.Count == 0 && _options.LibraryFiles.Count > 0)
            Staff.OpenLibrary(nothingPlayable: true);
        Sync?.Request();
    }

    /// <summary>Stops the sync under way, then closes the screens and the store.</summary>
    public void Dispose()
    {
        Sync?.Dispose();
        Shell.Dispose();
        Store.Dispose();
    }

    /// <summary>A picked trainee's record opens after their PIN (set at the first sign-in), unless staff turned PINs off.</summary>
    private void Open(Trainee trainee)
    {
        var gate = new PinGate(_options.Pins, _options.Clock);
        if (!gate.Required)
        {
            SignedIn(trainee, Shell.Push);
            return;
        }
        Shell.Push(new PinScreen(new PinModel(gate, trainee), _text, _options.Clock, () => SignedIn(trainee, Shell.Replace)));
    }

    private void SignedIn(Trainee trainee, Action<IScreen> show)
    {
        _trainee = trainee;
        Shell.Who = trainee.Name;
        _home = new HomeModel(trainee, _options.Scenarios, _options.Store, _options.Clock, Language, _options.Content.Modules,
            new CourseSources(_options.Courses, _options.Plans));
        var drill = new DrillPanelModel(trainee, _options.Scenarios, _options.Store, _options.Clock);
        show(new HomeScreen(_home, _text, _options.Clock, OpenBriefing, drill, () => OpenPastCalls(trainee)));
    }

    /// <summary>F3 on home: the trainee's own calls; Enter opens one's transcript, read-only (no override key).</summary>
    private void OpenPastCalls(Trainee trainee)
    {
        var model = new PastCallsModel(trainee, _options.Store, _options.Scenarios);
        _staffText ??= new StaffText(_options.Culture, _options.Content);
        Shell.Push(new PastCallsScreen(model, _text, _options.Clock,
            id => Shell.Push(new TranscriptScreen(new TranscriptModel(model.Progress, id, model.Scenarios), _staffText, _options.Clock,
                trainee: true))));
    }

    /// <summary>Back on sign-in: nobody is signed in, and the title line says so.</summary>
    private void SignedOut()
    {
        _trainee = null;
        _home = null;
        Shell.Who = null;
        Shell.Refresh();
    }

    private void OpenBriefing(Scenario scenario, PlayChoice choice) =>
        Shell.Push(new BriefingScreen(new BriefingModel(scenario, choice.Mode, choice.ModeFixed), _text, StartCall));

    private void StartCall(BriefingModel briefing)
    {
        var call = new CallModel(briefing.Scenario, briefing.Mode, _trainee!, _options.Store, _options.Clock, _options.ChoiceShuffle);
        Shell.Push(new CallScreen(_app, call, _text, ShowScorecard));
    }

    private void ShowScorecard(CallModel call)
    {
        Sync?.Request();
        var before = _home!.Standing;
        _home.Reload();
        var next = _home.NextAfter(call.Scenario.Id);
        var model = new ScorecardModel(call.Scenario, call.Mode, call.Result(), next, ProgressNews.Between(before, _home.Standing));
        Shell.Replace(new ScorecardScreen(
            model,
            _text,
            retry: () =>
            {
                // A course exam is played once: with no try left, "again" goes home, where the line says why.
                if (_home.HowToPlay(call.Scenario, call.Mode) is not { } again)
                {
                    Shell.PopTo<HomeScreen>();
                    return;
                }
                Shell.Back();
                StartCall(new BriefingModel(call.Scenario, again.Mode, again.ModeFixed));
            },
            next: next is null ? null : () =>
            {
                Shell.PopTo<HomeScreen>();
                if (_home.HowToPlay(next, call.Mode) is { } choice)
                    OpenBriefing(next, choice);
            },
            home: () => Shell.PopTo<HomeScreen>()));
    }
}
