using Terminal.Gui.App;
using TrainingSim.Core.Progress;
using TrainingSim.Core.Scenarios;
using TrainingSim.Core.Security;
using TrainingSim.Tui.Localization;
using TrainingSim.Tui.Models;
using TrainingSim.Tui.Models.Staff;
using TrainingSim.Tui.Screens;
using TrainingSim.Tui.Shell;

namespace TrainingSim.Tui.Screens.Staff;

/// <summary>Which staff screen follows which: role entry → the role's menu → dashboard → trainee →
/// transcript (leads), library, play-test, rubric preview, item analysis (trainers). Only a session that
/// <see cref="RoleGate"/> granted gets past the role entry; everything reads through <see cref="ScopedProgress"/>.</summary>
internal sealed class StaffFlow
{
    private readonly IApplication _app;
    private readonly TuiOptions _options;
    private readonly GameShell _shell;
    private readonly UiText _gameText;
    private readonly StaffText _text;
    private readonly Background _background;
    private readonly BackgroundSync? _sync;
    private StaffLibrary _library;
    private ScopedProgress? _progress;

    public StaffFlow(IApplication app, TuiOptions options, GameShell shell, UiText gameText, Background background, BackgroundSync? sync = null)
    {
        _sync = sync;
        _app = app;
        _background = background;
        _options = options;
        _shell = shell;
        _gameText = gameText;
        _text = new StaffText(options.Culture, options.Content);
        _library = new StaffLibrary(options.LibraryFiles, options.Scenarios);
    }

    /// <summary>Opens editors (tests replace it to see the command without running anything).</summary>
    internal Func<IReadOnlyList<string>, StaffMessage> OpenEditor { get; set; } = EditorLauncher.Open;

    /// <summary>The session granted by the role entry; null before.</summary>
    public Session? Session => _progress?.Session;

    private IReadOnlyList<Scenario> Scenarios => _library.Scenarios;

    private string Language => _options.Culture.Name;

    public void Open() =>
        _shell.Push(new StaffUnlockScreen(new StaffUnlockModel(new RoleGate(_options.Roles, _options.Clock)), _text, _options.Clock, Unlocked));

    private void Unlocked(Session session)
    {
        _progress = new ScopedProgress(_options.Store, session);
        _shell.Who = _text[session.Role == Role.Lead ? "StaffRoleLead" : "StaffRoleTrainer"];
        _shell.Replace(new StaffMenuScreen(session.Role!.Value, _text, this, closed: SessionEnded));
    }

    public void OpenChangePassphrase() =>
        _shell.Push(new ChangePassphraseScreen(
            new ChangePassphraseModel(new RoleGate(_options.Roles, _options.Clock), _progress!.Session.Role!.Value), _text, _options.Clock));

    public void OpenPins() =>
        _shell.Push(new PinResetScreen(new PinResetModel(_progress!, _options.Pins, _options.Clock), _text));

    /// <summary>Leaves the role: back to sign-in (closing the menu ends the session).</summary>
    public void SignOut() => _shell.PopTo<SignInScreen>();

    private void SessionEnded()
    {
        _progress = null;
        _shell.Who = null;
    }

    public void OpenCohort() =>
        _shell.Push(new CohortScreen(new CohortModel(_progress!, Scenarios, _options.Clock, Language, _options.Content.Modules, Courses),
            _text, _options.Clock, OpenTrainee, _sync is null ? null : done => _sync.Request(pull: true, then: done)));

    private CourseSources Courses => new(_options.Courses, _options.Plans);

    public void OpenCourses() =>
        _shell.Push(new CourseAssignScreen(new CourseAssignModel(_progress!, Courses, _options.Clock), _text));

    private void OpenTrainee(Trainee trainee) =>
        _shell.Push(new TraineeScreen(
            new TraineeDetailModel(_progress!, trainee, Scenarios, _options.Content, Language, _options.Clock),
            _text, _options.Clock, OpenTranscript));

    private void OpenTranscript(Guid attemptId) =>
        _shell.Push(new TranscriptScreen(new TranscriptModel(_progress!, attemptId, Scenarios), _text, _options.Clock,
            _options.ReviewStore is null ? null : OpenOverride));

    private void OpenOverride(TranscriptModel transcript) =>
        _shell.Push(new OverrideScreen(transcript.Attempt!, transcript.Scenario, _options.ReviewStore!, _progress!.Session.Role!.Value,
            _text, _options.Clock, _shell.Back));

    public void OpenReview() =>
        _shell.Push(new ReviewScreen(new ReviewModel(_progress!, _options.Review, Scenarios), _text, OpenAddPhrase, OpenTranscript, ReloadLibrary));

    private void OpenAddPhrase(ReviewModel review, int row)
    {
        if (row < review.Rows.Count)
            _shell.Push(new AddPhraseScreen(review, row, _options.Content, _text, AfterEdit));
    }

    /// <summary>Back to the queue, with the library as the edit left it.</summary>
    private void AfterEdit()
    {
        ReloadLibrary();
        _shell.Back();
    }

    /// <summary>The library as a review edit left it, for the browser, the preview and play-test.</summary>
    private void ReloadLibrary()
    {
        if (_options.ReloadLibrary is { } load)
            _library = load();
    }

    public void OpenRubricPreview() =>
        _shell.Push(new RubricPreviewScreen(new RubricPreviewModel(Scenarios), _text));

    public void OpenItemAnalysis() =>
        _shell.Push(new ItemAnalysisScreen(_progress!, Scenarios, _text));

    public void OpenLibrary() => OpenLibrary(nothingPlayable: false);

    /// <summary>The library browser; <paramref name="nothingPlayable"/> when the game opened on it because no scenario loads.</summary>
    public void OpenLibrary(bool nothingPlayable)
    {
        Func<StaffLibrary>? reload = _options.ReloadLibrary is { } load
            ? () => _library = load()
            : null;
        _shell.Push(new LibraryScreen(_app, _background, new LibraryModel(_library, reload), _text, _options.WatchPaths, command => OpenEditor(command),
            nothingPlayable));
    }

    public void OpenPlayTest() => _shell.Push(new PlayTestScreen(Scenarios, _text, StartPlayTest));

    /// <summary>A practice call recorded in a store of its own that is dropped afterwards: nothing reaches
    /// the progress database, and practice mode shows every item matched or missed after each reply.</summary>
    private void StartPlayTest(Scenario scenario)
    {
        var store = new InMemoryProgressStore();
        var tester = store.AddTrainee(_text["StaffPlayTester"], null);
        var call = new CallModel(scenario, PlayMode.Practice, tester, store, _options.Clock);
        _shell.Push(new CallScreen(_app, call, _gameText, PlayTestOver));
    }

    private void PlayTestOver(CallModel call)
    {
        var model = new ScorecardModel(call.Scenario, call.Mode, call.Result(), null);
        _shell.Replace(new ScorecardScreen(
            model,
            _gameText,
            retry: () =>
            {
                _shell.Back();
                StartPlayTest(call.Scenario);
            },
            next: null,
            home: () => _shell.PopTo<PlayTestScreen>()));
    }
}
