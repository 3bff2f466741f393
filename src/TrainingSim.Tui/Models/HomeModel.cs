using TrainingSim.Core.Courses;
using TrainingSim.Core.Progress;
using TrainingSim.Core.Scenarios;

namespace TrainingSim.Tui.Models;

/// <summary>The home screen's state: the trainee's progress (Core's <see cref="ProgressSummary"/> and
/// <see cref="Unlocks"/>), what their cohort's course plan has due (<see cref="CohortCourse"/>), and the filtered
/// catalog: the course section first (overdue, due today, due this week), then the modules.</summary>
internal sealed class HomeModel
{
    private readonly IReadOnlyList<Scenario> _scenarios;
    private readonly IReadOnlyList<Scenario> _own;
    private readonly IProgressStore _store;
    private readonly TimeProvider _clock;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<CourseModule>>? _modules;
    private readonly CourseSources? _courses;
    private IReadOnlyList<CatalogRow> _all = [];

    /// <param name="language">The interface language: its scenarios are listed first.</param>
    /// <param name="modules">The modules files (order and description); null lists modules by name.</param>
    /// <param name="courses">Where the trainee's course plan is found; null shows no course section.</param>
    public HomeModel(Trainee trainee, IReadOnlyList<Scenario> scenarios, IProgressStore store, TimeProvider clock, string language,
        IReadOnlyDictionary<string, IReadOnlyList<CourseModule>>? modules = null, CourseSources? courses = null)
    {
        Trainee = trainee;
        _scenarios = CatalogOrder.Sort(scenarios, language, modules);
        // The catalog and its star total hold the interface language's scenarios: a Chinese trainee's 星星 0/126 is not
        // inflated by the English library. The others are listed after them on request (ShowOtherLanguages). A library
        // of one other language is listed as is.
        _own = _scenarios.Any(s => s.Language == language) ? [.. _scenarios.Where(s => s.Language == language)] : _scenarios;
        _store = store;
        _clock = clock;
        _modules = modules;
        _courses = courses;
        Summary = ProgressSummary.Compute([], [], clock);
        Reload();
    }

    public Trainee Trainee { get; }

    public ProgressSummary Summary { get; private set; }

    /// <summary>The trainee in their cohort's plan today; null when they follow none.</summary>
    public TraineeCourseStatus? Course { get; private set; }

    public string Filter { get; private set; } = "";

    /// <summary>True when the library has scenarios in other languages than the interface's.</summary>
    public bool HasOtherLanguages => _own.Count < _scenarios.Count;

    /// <summary>Also list (and count toward the stars) the scenarios of the other languages, after the interface's.</summary>
    public bool ShowOtherLanguages { get; private set; }

    /// <summary>Shows or hides the other languages' scenarios.</summary>
    public void ToggleOtherLanguages()
    {
        ShowOtherLanguages = HasOtherLanguages && !ShowOtherLanguages;
        Reload();
    }

    private IReadOnlyList<Scenario> Listed => ShowOtherLanguages ? _scenarios : _own;

    /// <summary>The level and the unlocked scenarios (catalog order) as last read.</summary>
    public HomeStanding Standing { get; private set; } = new(1, []);

    public IReadOnlyList<CatalogRow> Rows { get; private set; } = [];

    /// <summary>Reads the trainee's attempts again (after a call).</summary>
    public void Reload()
    {
        var attempts = _store.Attempts(new AttemptQuery(Trainee: Trainee.Name));
        Summary = ProgressSummary.Compute(attempts, Listed.Select(s => s.Id), _clock);
        var unlocked = Unlocks.Compute(_scenarios, Summary.Best);
        Standing = new HomeStanding(Summary.Level.Level, [.. _scenarios.Where(s => unlocked.Contains(s.Id))]);
        var counts = attempts.GroupBy(a => a.ScenarioId).ToDictionary(g => g.Key, g => g.Count());
        Course = _courses is null ? null : CohortCourse.OfTrainee(_store.FindTrainee(Trainee.Name) ?? Trainee, _store, _courses.Store,
            _courses.Plans, CourseProgress.Today(_clock), _clock.LocalTimeZone);

        var rows = new List<CatalogRow>();
        rows.AddRange(CourseRows(counts));
        foreach (var module in Listed.GroupBy(s => s.Module))
        {
            rows.Add(new CatalogRow(module.Key, null, false, null, null, 0) { Description = CatalogOrder.ModuleOf(module.First(), _modules)?.Description });
            rows.AddRange(module.Select(s =>
            {
                var best = Summary.Best.GetValueOrDefault(s.Id);
                return new CatalogRow(s.Module, s, !unlocked.Contains(s.Id), best?.Stars, best?.Score, counts.GetValueOrDefault(s.Id));
            }));
        }
        _all = rows;
        ApplyFilter(Filter);
    }

    /// <summary>The course section: its heading, then what is overdue (failed exams among it), due today and due this week.</summary>
    private IEnumerable<CatalogRow> CourseRows(Dictionary<string, int> counts)
    {
        if (Course is not { } course)
            yield break;
        yield return new CatalogRow(CourseModuleKey, null, false, null, null, 0) { CourseHeading = course };
        foreach (var entry in course.FailedExams.Union(course.Overdue).Concat(course.DueToday).Concat(course.DueThisWeek))
        {
            if (_scenarios.FirstOrDefault(s => s.Id == entry.Entry.ScenarioId) is not { } scenario)
                continue;
            var best = Summary.Best.GetValueOrDefault(scenario.Id);
            yield return new CatalogRow(CourseModuleKey, scenario, false, best?.Stars, best?.Score, counts.GetValueOrDefault(scenario.Id)) { Course = entry };
        }
    }

    /// <summary>The course section's rows share this module key, which no scenario's module can be.</summary>
    private const string CourseModuleKey = "\0course";

    /// <summary>Keeps scenarios whose title, id or a tag contains the text (case-insensitive), with their
    /// module headings.</summary>
    public void ApplyFilter(string filter)
    {
        Filter = filter.Trim();
        if (Filter.Length == 0)
        {
            Rows = _all;
            return;
        }
        var kept = _all.Where(r => r.Scenario is { } s && Matches(s, Filter)).ToList();
        Rows = [.. _all.Where(r => r.IsHeading ? kept.Any(k => k.Module == r.Module) : kept.Contains(r))];
    }

    /// <summary>How a course line opens: in its entry's mode, an exam fixed in exam mode; null when its tries are used.</summary>
    public PlayChoice? HowToPlay(EntryProgress entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (!entry.Playable)
            return null;
        return entry.Entry.Mode == PlayMode.Exam ? new PlayChoice(PlayMode.Exam, ModeFixed: true) : new PlayChoice(PlayMode.Practice, ModeFixed: false);
    }

    /// <summary>How a scenario opens from the catalog (or again, or as the next one): as asked, unless the plan examines it
    /// and the exam is not passed yet. Then an exam-mode call is the plan's exam (only while a try is left); a practice call
    /// stays practice (the mode fixed, so that switching cannot start an exam past its tries), and only when the plan also
    /// practises the scenario.</summary>
    public PlayChoice? HowToPlay(Scenario scenario, PlayMode asked)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var entries = Course?.Entries.Where(e => e.Entry.ScenarioId == scenario.Id).ToList() ?? [];
        var exam = entries.FirstOrDefault(e => e.Entry.Mode == PlayMode.Exam);
        if (exam is null || exam.Status == EntryStatus.Passed)
            return new PlayChoice(asked, ModeFixed: false);
        if (asked == PlayMode.Practice && entries.Any(e => e.Entry.Mode == PlayMode.Practice))
            return new PlayChoice(PlayMode.Practice, ModeFixed: true);
        return HowToPlay(exam);
    }

    /// <summary>The next unlocked scenario after this one in catalog order, or null.</summary>
    public Scenario? NextAfter(string scenarioId)
    {
        var playable = _all.Where(r => r.Scenario is not null && r.Course is null && !r.Locked).Select(r => r.Scenario!).ToList();
        var index = playable.FindIndex(s => s.Id == scenarioId);
        return index >= 0 && index + 1 < playable.Count ? playable[index + 1] : null;
    }

    private static bool Matches(Scenario scenario, string filter) =>
        scenario.Title.Contains(filter, StringComparison.CurrentCultureIgnoreCase)
        || scenario.Id.Contains(filter, StringComparison.OrdinalIgnoreCase)
        || scenario.Tags.Any(t => t.Contains(filter, StringComparison.CurrentCultureIgnoreCase));
}
