using TrainingSim.Authoring.Diagnostics;
using TrainingSim.Core.Scenarios;

namespace TrainingSim.Authoring.Scenarios;

internal sealed partial class ScenarioBuilder
{
    /// <summary>Flow checks once every step built: steps the start cannot reach (warning) and steps from which
    /// no end step can be reached (error).</summary>
    private void CheckGraph(StepSet set, string start)
    {
        if (set.Incomplete)
            return;

        var reachable = Walk([start], id => set.Edges.GetValueOrDefault(id) ?? []);
        foreach (var id in set.Order.Where(id => !reachable.Contains(id)))
            _bag.Add(DiagnosticCodes.UnreachableStep, set.Ids[id], id, start);

        var incoming = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (from, targets) in set.Edges)
        {
            foreach (var target in targets)
            {
                if (!incoming.TryGetValue(target, out var list))
                    incoming[target] = list = [];
                list.Add(from);
            }
        }

        var ends = set.Built.Values.OfType<EndStep>().Select(step => step.Id);
        var canEnd = Walk(ends, id => incoming.GetValueOrDefault(id) ?? []);
        foreach (var id in set.Order.Where(id => !canEnd.Contains(id)))
            _bag.Add(DiagnosticCodes.NoEndReachable, set.Ids[id], id);
    }

    private static HashSet<string> Walk(IEnumerable<string> from, Func<string, IEnumerable<string>> next)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>();
        foreach (var id in from)
        {
            if (seen.Add(id))
                queue.Enqueue(id);
        }

        while (queue.Count > 0)
        {
            foreach (var target in next(queue.Dequeue()))
            {
                if (seen.Add(target))
                    queue.Enqueue(target);
            }
        }

        return seen;
    }
}
