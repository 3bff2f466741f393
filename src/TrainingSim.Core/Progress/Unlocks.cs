using TrainingSim.Core.Scenarios;

namespace TrainingSim.Core.Progress;

/// <summary>Which scenarios a trainee may play. Within a module, a scenario is unlocked when every scenario
/// of that module with a lower difficulty has been passed (a completed attempt with at least one star);
/// the easiest of each module are always unlocked. Trainers' and leads' views unlock everything.</summary>
public static class Unlocks
{
    /// <summary>The ids of the unlocked scenarios of the catalog.</summary>
    /// <param name="best">The trainee's bests (<see cref="ProgressSummary.Best"/>).</param>
    /// <param name="unlockAll">True for trainers' and team leads' views.</param>
    public static IReadOnlySet<string> Compute(
        IEnumerable<Scenario> catalog, IReadOnlyDictionary<string, ScenarioBest> best, bool unlockAll = false)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(best);
        var scenarios = catalog.ToList();
        if (unlockAll)
            return scenarios.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);

        var unlocked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var module in scenarios.GroupBy(s => s.Module, StringComparer.Ordinal))
        {
            foreach (var scenario in module)
            {
                var easier = module.Where(s => s.Difficulty < scenario.Difficulty);
                if (easier.All(s => best.TryGetValue(s.Id, out var b) && b.Stars >= 1))
                    unlocked.Add(scenario.Id);
            }
        }

        return unlocked;
    }
}
