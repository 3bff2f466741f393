using TrainingSim.Core.Progress;
using TrainingSim.Core.Scenarios;
using TrainingSim.Core.Scoring;

namespace TrainingSim.Core.Review;

/// <summary>Builds the review queue: every recorded free-text reply that, scored now at its step, is below
/// <c>below</c> (by default the step's own pass mark for a good reply, <c>good_at_least</c>) and is not a bad
/// example of the step. A reply already accepted as a good example stays while it scores below the mark, marked
/// accepted: the rubric still underrates it (and <c>trainingsim test</c> reports it) until a phrase is added. Steps come in scenario order and file order; within a step the replies
/// closest to the mark come first (the likeliest good replies the rubric underrates), the same reply given again
/// is listed once. Replies at steps the scenario no longer has are left out.</summary>
public static class ReviewQueueBuilder
{
    public static ReviewQueue Build(IEnumerable<AttemptRecord> attempts, IReadOnlyList<Scenario> scenarios, int? below = null)
    {
        ArgumentNullException.ThrowIfNull(attempts);
        ArgumentNullException.ThrowIfNull(scenarios);
        var byId = scenarios.GroupBy(s => s.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var found = new Dictionary<(string Scenario, string Step), Dictionary<string, List<ReviewReply>>>();
        foreach (var attempt in attempts)
        {
            if (!byId.TryGetValue(attempt.ScenarioId, out var scenario))
                continue;
            foreach (var turn in attempt.Turns)
            {
                if (turn.Choice is not null || scenario.Steps.GetValueOrDefault(turn.StepId) is not FreeTextStep step)
                    continue;
                var reply = turn.Reply.Trim();
                if (reply.Length == 0 || step.Examples.Bad.Any(e => e.Reply.Trim() == reply))
                    continue;
                var evaluation = ReplyScorer.Score(step, turn.Reply, turn.OverTime, turn.HintUsed);
                var score = ScoreMath.Round(evaluation.Score);
                if (score >= (below ?? step.Examples.GoodAtLeast))
                    continue;
                var key = (scenario.Id, step.Id);
                if (!found.TryGetValue(key, out var replies))
                    found[key] = replies = new Dictionary<string, List<ReviewReply>>(StringComparer.Ordinal);
                if (!replies.TryGetValue(reply, out var same))
                    replies[reply] = same = [];
                same.Add(new ReviewReply(attempt.Id, turn.Index + 1, attempt.Trainee, turn.Reply, score, turn.Score,
                    [.. evaluation.Missed.Where(i => !i.Bonus).Select(i => i.Id)],
                    [.. evaluation.Penalties.Select(m => m.Item.Id)], turn.AnsweredAt, 0)
                {
                    Accepted = step.Examples.Good.Any(e => e.Reply.Trim() == reply),
                });
            }
        }

        var steps = new List<ReviewStep>();
        foreach (var scenario in scenarios.DistinctBy(s => s.Id))
        {
            foreach (var step in scenario.Steps.Values.OfType<FreeTextStep>())
            {
                if (!found.TryGetValue((scenario.Id, step.Id), out var replies))
                    continue;
                // The latest answer stands for the reply; the others are counted.
                List<ReviewReply> listed = [.. replies.Values
                    .Select(same => same.OrderByDescending(r => r.AnsweredAt).First() with { Others = same.Count - 1 })
                    .OrderByDescending(r => r.Score).ThenByDescending(r => r.AnsweredAt)];
                var missed = listed.SelectMany(r => r.Missed).GroupBy(i => i, StringComparer.Ordinal)
                    .Select(g => (g.Key, g.Count())).OrderByDescending(g => g.Item2).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
                steps.Add(new ReviewStep(scenario.Id, scenario.Title, step.Id, step.Say ?? "", step.Examples.GoodAtLeast, listed, missed));
            }
        }

        return new ReviewQueue(below, steps);
    }
}
