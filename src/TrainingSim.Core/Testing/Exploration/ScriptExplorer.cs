using TrainingSim.Core.Calls;
using TrainingSim.Core.Conversations;
using TrainingSim.Core.Scenarios;

namespace TrainingSim.Core.Testing.Exploration;

/// <summary>Plays a scenario many times on random paths through the one call loop (<see cref="CallSession"/>, not
/// recorded), each reply drawn uniformly from what the step offers (<see cref="ExplorationReplies"/>), and counts
/// which steps, items and outcomes were reached and what went wrong.</summary>
/// <remarks>Reproducible: the random choices of a scenario depend only on the seed and the scenario's id (not on
/// which other scenarios are explored, nor in what order). A call may take at most <see cref="Budget"/> turns; one
/// that has not ended by then loops and is abandoned.</remarks>
public static class ScriptExplorer
{
    /// <summary>The fewest turns any call may take before it counts as looping.</summary>
    public const int MinimumBudget = 20;

    /// <summary>Turns a call of this scenario may take: three times its steps, at least <see cref="MinimumBudget"/>.</summary>
    public static int Budget(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return Math.Max(MinimumBudget, 3 * scenario.Steps.Count);
    }

    /// <param name="afterCall">Called after each call (for progress).</param>
    public static ScenarioCoverage Explore(Scenario scenario, int calls, int seed, Action? afterCall = null,
        CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentOutOfRangeException.ThrowIfNegative(calls);
        var random = new Random(ScenarioSeed(seed, scenario.Id));
        var tally = new Tally(scenario);
        for (var run = 0; run < calls; run++)
        {
            cancel.ThrowIfCancellationRequested();
            PlayOne(scenario, random, tally);
            afterCall?.Invoke();
        }

        return tally.Coverage(calls);
    }

    /// <summary>The scenario's own seed: FNV-1a of its id mixed with the run's seed (stable across processes,
    /// unlike <see cref="string.GetHashCode()"/>).</summary>
    internal static int ScenarioSeed(int seed, string id)
    {
        var hash = 2166136261u ^ unchecked((uint)seed * 16777619u);
        foreach (var c in id)
            hash = unchecked((hash ^ c) * 16777619u);
        return unchecked((int)hash);
    }

    private static void PlayOne(Scenario scenario, Random random, Tally tally)
    {
        var call = CallSession.Start(scenario);
        var budget = Budget(scenario);
        var turns = 0;
        try
        {
            while (!call.IsOver)
            {
                if (turns == budget)
                {
                    tally.Problem(ExplorationProblemKind.Loop, call.CurrentStep, Cycle(call.Conversation.Path), budget);
                    call.Abandon();
                    break;
                }

                var step = call.CurrentStep;
                var replies = tally.Replies(step);
                var reply = replies[random.Next(replies.Count)];
                if (step is FreeTextStep free && tally.TimedOut(free, reply) is { } pattern)
                    tally.Problem(ExplorationProblemKind.RegexTimeout, step, pattern);
                if (!call.TryAnswer(reply, out var turn) || turn is null)
                    throw new InvalidOperationException($"the reply '{reply}' was not taken");
                tally.Answered(step, turn);
                turns++;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            tally.Problem(ExplorationProblemKind.Exception, call.CurrentStep, $"{ex.GetType().Name}: {ex.Message}");
            call.Abandon();
        }

        tally.Ended(call.Conversation);
    }

    /// <summary>The steps that repeat at the end of the path: from the last step's previous visit to it.</summary>
    private static string Cycle(IReadOnlyList<string> path)
    {
        var last = path[^1];
        var start = path.Count - 2;
        while (start >= 0 && !string.Equals(path[start], last, StringComparison.Ordinal))
            start--;
        return string.Join(" → ", start < 0 ? [last] : path.Skip(start));
    }

    /// <summary>The counts of one scenario's exploration.</summary>
    private sealed class Tally(Scenario scenario)
    {
        private readonly Dictionary<string, int> _reached = new(StringComparer.Ordinal);
        private readonly Dictionary<(string Step, string Item), int> _earned = [];
        private readonly Dictionary<string, int> _answers = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _outcomes = new(StringComparer.Ordinal);
        private readonly Dictionary<string, IReadOnlyList<string>> _replies = new(StringComparer.Ordinal);
        private readonly Dictionary<(string Step, string Reply), string?> _timeouts = [];
        private readonly List<(ExplorationProblemKind Kind, Step Step, string Detail, int Budget)> _problems = [];
        private readonly HashSet<int> _problemsThisCall = [];
        private readonly List<int> _problemCalls = [];

        public IReadOnlyList<string> Replies(Step step)
        {
            if (!_replies.TryGetValue(step.Id, out var replies))
                _replies[step.Id] = replies = ExplorationReplies.For(step);
            return replies;
        }

        public string? TimedOut(FreeTextStep step, string reply)
        {
            if (!_timeouts.TryGetValue((step.Id, reply), out var pattern))
                _timeouts[(step.Id, reply)] = pattern = RegexTimeoutProbe.TimedOut(step, reply);
            return pattern;
        }

        public void Answered(Step step, TurnResult turn)
        {
            _answers[step.Id] = _answers.GetValueOrDefault(step.Id) + 1;
            foreach (var match in turn.Matched.Concat(turn.Penalties))
                _earned[(step.Id, match.Item.Id)] = _earned.GetValueOrDefault((step.Id, match.Item.Id)) + 1;
        }

        public void Problem(ExplorationProblemKind kind, Step step, string detail, int budget = 0)
        {
            var index = _problems.FindIndex(p => p.Kind == kind && p.Step.Id == step.Id && p.Detail == detail);
            if (index < 0)
            {
                _problems.Add((kind, step, detail, budget));
                _problemCalls.Add(0);
                index = _problems.Count - 1;
            }

            if (_problemsThisCall.Add(index))
                _problemCalls[index]++;
        }

        public void Ended(Conversation conversation)
        {
            foreach (var id in conversation.Path.Distinct(StringComparer.Ordinal))
                _reached[id] = _reached.GetValueOrDefault(id) + 1;
            var outcome = conversation.Outcome ?? Outcomes.Abandoned;
            _outcomes[outcome] = _outcomes.GetValueOrDefault(outcome) + 1;
            _problemsThisCall.Clear();
        }

        public ScenarioCoverage Coverage(int calls)
        {
            var steps = scenario.Steps.Values
                .Select(s => new StepCoverage(s.Id, s.Span.Line + 1, s.Span.Column + 1, _reached.GetValueOrDefault(s.Id)))
                .ToList();
            var items = scenario.Steps.Values.OfType<FreeTextStep>()
                .SelectMany(s => s.Rubric.Select(i => new ItemCoverage(
                    s.Id, i.Id, i.Skill, i.IsPenalty, i.FromHouseRubric, _answers.GetValueOrDefault(s.Id), _earned.GetValueOrDefault((s.Id, i.Id)))))
                .ToList();
            var outcomes = _outcomes
                .OrderByDescending(kv => kv.Value)
                .ThenBy(kv => kv.Key, StringComparer.Ordinal)
                .ToList();
            var problems = _problems
                .Select((p, i) => new ExplorationProblem(p.Kind, p.Step.Id, p.Step.Span.Line + 1, p.Step.Span.Column + 1, _problemCalls[i], p.Detail, p.Budget))
                .ToList();
            return new ScenarioCoverage(scenario.Id, scenario.SourcePath, calls, steps, items, outcomes, problems);
        }
    }
}
