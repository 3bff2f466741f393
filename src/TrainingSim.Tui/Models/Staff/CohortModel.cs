using TrainingSim.Core.Courses;
using TrainingSim.Core.Progress;
using TrainingSim.Core.Scenarios;
using TrainingSim.Core.Security;

namespace TrainingSim.Tui.Models.Staff;

/// <summary>The team lead's dashboard: every visible trainee × every module of the catalog, filtered by
/// cohort and sorted by progress or name. Bests are over completed attempts (<see cref="ProgressSummary"/>).</summary>
internal sealed class CohortModel
{
    private readonly ScopedProgress _progress;
    private readonly IReadOnlyList<Scenario> _scenarios;
    private readonly TimeProvider _clock;
    private readonly CourseSources? _courses;
    private List<CohortRow> _all = [];

    /// <param name="language">The interface language: modules of scenarios in that language come first.</param>
    /// <param name="modules">The modules files, for their order; null orders modules by name.</param>
    /// <param name="courses">Where the cohorts' course plans are found; null shows no course column.</param>
    public CohortModel(ScopedProgress progress, IReadOnlyList<Scenario> scenarios, TimeProvider clock, string language,
        IReadOnlyDictionary<string, IReadOnlyList<CourseModule>>? modules = null, CourseSources? courses = null)
    {
        _progress = progress;
        _scenarios = scenarios;
        _clock = clock;
        _courses = courses;
        Modules = [.. CatalogOrder.Sort(scenarios, language, modules).Select(s => s.Module).Distinct(StringComparer.Ordinal)];
        Reload();
    }

    /// <summary>The catalog's modules: the interface language's first, each group in catalog order.</summary>
    public IReadOnlyList<string> Modules { get; }

    /// <summary>The cohorts of the visible trainees, by name.</summary>
    public IReadOnlyList<string> Cohorts { get; private set; } = [];

    /// <summary>The cohort shown; null shows everyone.</summary>
    public string? Cohort { get; private set; }

    public CohortSort Sort { get; private set; } = CohortSort.Progress;

    public IReadOnlyList<CohortRow> Rows { get; private set; } = [];

    public void Reload()
    {
        var attempts = _progress.Attempts(new AttemptQuery(WithTurns: false))
            .GroupBy(a => a.Trainee, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var ids = _scenarios.Select(s => s.Id).ToList();
        _all = [.. _progress.Trainees().Select(t => Row(t, attempts.GetValueOrDefault(t.Name) ?? [], ids))];
        Cohorts = [.. _all.Select(r => r.Trainee.Cohort).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        if (Cohort is not null && !Cohorts.Contains(Cohort, StringComparer.Ordinal))
            Cohort = null;
        Apply();
    }

    /// <summary>All → the first cohort → … → the last → all.</summary>
    public void NextCohort()
    {
        var index = Cohort is null ? -1 : Cohorts.ToList().IndexOf(Cohort);
        Cohort = index + 1 < Cohorts.Count ? Cohorts[index + 1] : null;
        Apply();
    }

    public void ToggleSort()
    {
        Sort = Sort == CohortSort.Progress ? CohortSort.Name : CohortSort.Progress;
        Apply();
    }

    private void Apply()
    {
        var rows = _all.Where(r => Cohort is null || r.Trainee.Cohort == Cohort);
        Rows = Sort == CohortSort.Name
            ? [.. rows.OrderBy(r => r.Trainee.Name, StringComparer.CurrentCulture)]
            : [.. rows.OrderByDescending(r => r.Stars).ThenByDescending(r => r.AverageBest ?? -1)
                .ThenBy(r => r.Trainee.Name, StringComparer.CurrentCulture)];
    }

    private CohortRow Row(Trainee trainee, List<AttemptRecord> attempts, List<string> ids)
    {
        var summary = ProgressSummary.Compute(attempts, ids, _clock);
        var cells = Modules.Select(module =>
        {
            var scenarios = _scenarios.Where(s => s.Module == module).ToList();
            var bests = scenarios.Select(s => summary.Best.GetValueOrDefault(s.Id)).OfType<ScenarioBest>().ToList();
            return new ModuleCell(
                bests.Sum(b => Math.Min(b.Stars, ProgressSummary.MaxStarsPerScenario)),
                scenarios.Count * ProgressSummary.MaxStarsPerScenario,
                Mean(bests.Select(b => b.Score)),
                scenarios.Count,
                bests.Count)
            {
                AllPassed = bests.Count == scenarios.Count && bests.All(b => b.Stars >= 1),
            };
        }).ToList();
        var catalogBests = summary.Best.Values.Where(b => ids.Contains(b.ScenarioId)).Select(b => b.Score);
        var course = _courses is null ? null : CohortCourse.OfTrainee(trainee, attempts, _courses.Store, _courses.Plans,
            CourseProgress.Today(_clock), _clock.LocalTimeZone);
        return new CohortRow(trainee, cells, summary.StarsEarned, summary.StarsPossible, Mean(catalogBests),
            summary.Attempts, summary.LastSession) { Course = course?.Standing };
    }

    internal static int? Mean(IEnumerable<int> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? null : (int)Math.Round(list.Average(), MidpointRounding.AwayFromZero);
    }
}
