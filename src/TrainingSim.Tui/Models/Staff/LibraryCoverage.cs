using System.Collections.Concurrent;
using TrainingSim.Core.Scenarios;
using TrainingSim.Core.Testing.Exploration;

namespace TrainingSim.Tui.Models.Staff;

/// <summary>The explorer's coverage of each scenario for the library browser, as <c>trainingsim test --explore
/// <see cref="Calls"/> --seed <see cref="Seed"/></c> reports it: computed once per file version, off the UI thread.</summary>
internal sealed class LibraryCoverage
{
    /// <summary>Modest, so a scenario takes well under a second even on a busy machine.</summary>
    public const int Calls = 50;

    /// <summary>Fixed, so the browser's figures are the same on every machine and every visit.</summary>
    public const int Seed = 1;

    private readonly ConcurrentDictionary<(string Id, string Version), ScenarioCoverage> _done = new();

    public ScenarioCoverage? Known(Scenario scenario) => _done.GetValueOrDefault((scenario.Id, scenario.VersionHash));

    /// <summary>Explores the scenario (any thread) and keeps the result.</summary>
    public ScenarioCoverage Compute(Scenario scenario) =>
        _done.GetOrAdd((scenario.Id, scenario.VersionHash), _ => ScriptExplorer.Explore(scenario, Calls, Seed));
}
