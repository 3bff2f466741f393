using TrainingSim.Core.Conversations;
using TrainingSim.Core.Progress;
using TrainingSim.Core.Scenarios;

namespace TrainingSim.Reports;

/// <summary>Builds the item analysis from recorded turns. With the scenarios at hand, steps come in file
/// order and items in rubric order, unreached steps and never-matched penalties included; steps and items
/// known only from the records (older versions of a file) follow in order of first appearance.</summary>
public static class ItemAnalysisBuilder
{
    public static ItemAnalysis Build(
        IEnumerable<AttemptRecord> attempts, IReadOnlyDictionary<string, Scenario>? scenarios = null)
    {
        var byScenario = new SortedDictionary<string, ScenarioAccumulator>(StringComparer.Ordinal);
        foreach (var attempt in attempts)
        {
            if (!byScenario.TryGetValue(attempt.ScenarioId, out var accumulator))
            {
                accumulator = new ScenarioAccumulator(attempt.ScenarioId, scenarios?.GetValueOrDefault(attempt.ScenarioId));
                byScenario.Add(attempt.ScenarioId, accumulator);
            }

            accumulator.Add(attempt);
        }

        return new ItemAnalysis([.. byScenario.Values.Select(a => a.ToAnalysis())]);
    }

    private sealed class ScenarioAccumulator
    {
        private readonly string _scenarioId;
        private readonly Dictionary<string, StepAccumulator> _steps = new(StringComparer.Ordinal);
        private readonly List<StepAccumulator> _stepOrder = [];
        private readonly Counts<string> _outcomes = new();
        private readonly Dictionary<string, (int Attempts, DateTimeOffset First, DateTimeOffset Last)> _versions =
            new(StringComparer.Ordinal);
        private int _attempts;
        private int _completed;
        private int _hungUp;
        private int _abandoned;
        private int _abandonedBeforeFirstReply;
        private int _passed;
        private int _overridden;
        private long _completedScores;

        public ScenarioAccumulator(string scenarioId, Scenario? scenario)
        {
            _scenarioId = scenarioId;
            if (scenario is null)
                return;
            foreach (var step in scenario.Steps.Values)
            {
                if (step is EndStep end)
                {
                    _outcomes.Add(end.Outcome, 0);
                    continue;
                }

                var accumulator = Step(step.Id);
                if (step is FreeTextStep freeText)
                {
                    foreach (var item in freeText.Rubric)
                        accumulator.Item(item.Id);
                }
                else if (step is ChoiceStep choice)
                {
                    accumulator.Choices(choice);
                }
            }
        }

        private StepAccumulator Step(string stepId)
        {
            if (!_steps.TryGetValue(stepId, out var step))
            {
                step = new StepAccumulator(stepId);
                _steps.Add(stepId, step);
                _stepOrder.Add(step);
            }

            return step;
        }

        public void Add(AttemptRecord attempt)
        {
            _attempts++;
            var started = attempt.StartedAt;
            _versions[attempt.ScenarioVersion] = _versions.TryGetValue(attempt.ScenarioVersion, out var v)
                ? (v.Attempts + 1, started < v.First ? started : v.First, started > v.Last ? started : v.Last)
                : (1, started, started);

            var outcome = attempt.EffectiveOutcome;
            if (attempt.Completed)
            {
                _completed++;
                _completedScores += attempt.Score;
            }

            if (attempt.Passed)
                _passed++;
            if (attempt.Override is not null)
                _overridden++;
            var overriddenUp = attempt.Override is { } given && given.Score > given.ScoredScore;
            if (outcome == Outcomes.HungUp)
                _hungUp++;
            if (outcome == Outcomes.Abandoned)
                _abandoned++;
            else if (outcome != Outcomes.HungUp)
                _outcomes.Add(outcome, 1);

            var reached = new HashSet<string>(StringComparer.Ordinal);
            foreach (var turn in attempt.Turns)
            {
                var step = Step(turn.StepId);
                step.Add(turn, firstInAttempt: reached.Add(turn.StepId), overriddenUp);
            }

            if (attempt.Turns.Count == 0)
            {
                if (outcome == Outcomes.Abandoned)
                    _abandonedBeforeFirstReply++;
                return;
            }

            var last = _steps[attempt.Turns[^1].StepId];
            if (outcome == Outcomes.HungUp)
                last.HungUp++;
            else if (outcome == Outcomes.Abandoned)
                last.Abandoned++;
        }

        public ScenarioAnalysis ToAnalysis() => new(
            _scenarioId,
            _attempts,
            _completed,
            _hungUp,
            _abandoned,
            _abandonedBeforeFirstReply,
            [.. _versions.OrderBy(v => v.Value.First).ThenBy(v => v.Key, StringComparer.Ordinal)
                .Select(v => new VersionUse(v.Key, v.Value.Attempts, v.Value.First, v.Value.Last))],
            [.. _stepOrder.Select(s => s.ToAnalysis())])
        {
            Passed = _passed,
            AverageScore = _completed == 0 ? null : Rounding.Mean(_completedScores, _completed),
            Overridden = _overridden,
            Outcomes = [.. _outcomes.InOrder.Select(o => new OutcomeCount(o.Key, o.Count))],
        };
    }

    private sealed class StepAccumulator(string stepId)
    {
        private readonly Dictionary<string, int[]> _items = new(StringComparer.Ordinal);
        private readonly List<string> _itemOrder = [];
        private readonly Counts<int> _picks = new();
        private readonly Dictionary<int, string> _choiceTexts = [];
        private int _reached;
        private int _answers;
        private long _scoreSum;

        public int HungUp { get; set; }

        public int Abandoned { get; set; }

        /// <summary>Counts of matched, missed, penalized, missed in attempts overridden upwards.</summary>
        public int[] Item(string itemId)
        {
            if (!_items.TryGetValue(itemId, out var counts))
            {
                counts = new int[4];
                _items.Add(itemId, counts);
                _itemOrder.Add(itemId);
            }

            return counts;
        }

        /// <summary>The choices of the step as the scenario has them, none picked yet.</summary>
        public void Choices(ChoiceStep step)
        {
            for (var i = 0; i < step.Choices.Count; i++)
            {
                _picks.Add(i + 1, 0);
                _choiceTexts[i + 1] = step.Choices[i].Text;
            }
        }

        public void Add(TurnRecord turn, bool firstInAttempt, bool overriddenUp)
        {
            if (firstInAttempt)
                _reached++;
            _answers++;
            _scoreSum += turn.Score;
            if (turn.Choice is { } number)
                _picks.Add(number, 1);
            foreach (var item in turn.Matched)
            {
                if (!turn.Penalties.Contains(item))
                    Item(item)[0]++;
            }

            foreach (var item in turn.Missed)
            {
                Item(item)[1]++;
                if (overriddenUp)
                    Item(item)[3]++;
            }

            foreach (var item in turn.Penalties)
                Item(item)[2]++;
        }

        public StepAnalysis ToAnalysis() => new(
            stepId,
            _reached,
            _answers,
            _answers == 0 ? null : Rounding.Mean(_scoreSum, _answers),
            HungUp,
            Abandoned,
            [.. _itemOrder.Select(id => new ItemTally(id, _items[id][0], _items[id][1], _items[id][2], _items[id][3]))])
        {
            Choices = [.. _picks.InOrder.OrderBy(c => c.Key).Select(c => new ChoiceTally(c.Key, _choiceTexts.GetValueOrDefault(c.Key), c.Count))],
        };
    }

    /// <summary>Counts by key, in order of first appearance.</summary>
    private sealed class Counts<TKey>
        where TKey : notnull
    {
        private readonly Dictionary<TKey, int> _counts = [];
        private readonly List<TKey> _order = [];

        public void Add(TKey key, int by)
        {
            if (!_counts.TryAdd(key, by))
                _counts[key] += by;
            else
                _order.Add(key);
        }

        public IEnumerable<(TKey Key, int Count)> InOrder => _order.Select(key => (key, _counts[key]));
    }
}
