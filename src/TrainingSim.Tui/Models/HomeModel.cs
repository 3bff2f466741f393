using TrainingSim.Core.Progress;
using TrainingSim.Core.Scenarios;

namespace TrainingSim.Tui.Models;

/// <summary>The home screen's state: the trainee's progress (Core's <see cref="ProgressSummary"/> and
/// <see cref="Unlocks"/>) and the filtered catalog.</summary>
internal sealed class HomeModel
{
    private readonly IReadOnlyList<Scenario> _scenarios;
    private readonly IProgressStore _store;
    private readonly TimeProvider _clock;
    private IReadOnlyList<CatalogRow> _all = [];

    /// <param name="language">The interface language: its scenarios are listed first.</param>
    public HomeModel(Trainee trainee, IReadOnlyList<Scenario> scenarios, IProgressStore store, TimeProvider clock, string language)
    {
        Trainee = trainee;
        _scenarios = CatalogOrder.Sort(scenarios, language);
        _store = store;
        _clock = clock;
        Summary = ProgressSummary.Compute([], [], clock);
        Reload();
    }

    public Trainee Trainee { get; }

    public ProgressSummary Summary { get; private set; }

    public string Filter { get; private set; } = "";

    public IReadOnlyList<CatalogRow> Rows { get; private set; } = [];

    /// <summary>Reads the trainee's attempts again (after a call).</summary>
    public void Reload()
    {
        var attempts = _store.Attempts(new AttemptQuery(Trainee: Trainee.Name));
        Summary = ProgressSummary.Compute(attempts, _scenarios.Select(s => s.Id), _clock);
        var unlocked = Unlocks.Compute(_scenarios, Summary.Best);
        var counts = attempts.GroupBy(a => a.ScenarioId).ToDictionary(g => g.Key, g => g.Count());

        var rows = new List<CatalogRow>();
        foreach (var module in _scenarios.GroupBy(s => s.Module))
        {
            rows.Add(new CatalogRow(module.Key, null, false, null, null, 0));
            rows.AddRange(module.Select(s =>
            {
                var best = Summary.Best.GetValueOrDefault(s.Id);
                return new CatalogRow(s.Module, s, !unlocked.Contains(s.Id), best?.Stars, best?.Score, counts.GetValueOrDefault(s.Id));
            }));
        }
        _all = rows;
        ApplyFilter(Filter);
    }

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

    /// <summary>The next unlocked scenario after this one in catalog order, or null.</summary>
    public Scenario? NextAfter(string scenarioId)
    {
        var playable = _all.Where(r => r.Scenario is not null && !r.Locked).Select(r => r.Scenario!).ToList();
        var index = playable.FindIndex(s => s.Id == scenarioId);
        return index >= 0 && index + 1 < playable.Count ? playable[index + 1] : null;
    }

    private static bool Matches(Scenario scenario, string filter) =>
        scenario.Title.Contains(filter, StringComparison.CurrentCultureIgnoreCase)
        || scenario.Id.Contains(filter, StringComparison.OrdinalIgnoreCase)
        || scenario.Tags.Any(t => t.Contains(filter, StringComparison.CurrentCultureIgnoreCase));
}
