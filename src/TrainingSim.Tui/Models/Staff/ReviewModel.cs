using TrainingSim.Core.Progress;
using TrainingSim.Core.Review;
using TrainingSim.Core.Scenarios;
using TrainingSim.Core.Security;

namespace TrainingSim.Tui.Models.Staff;

/// <summary>The trainer's review queue (<see cref="ReviewQueueBuilder"/>) as rows, one per reply, and the actions
/// on the selected one; the queue is built again after each edit, from the scenarios as they now stand.</summary>
internal sealed class ReviewModel
{
    private readonly ScopedProgress _progress;
    private readonly IReviewActions? _actions;
    private readonly IReadOnlyList<Scenario> _scenarios;

    public ReviewModel(ScopedProgress progress, IReviewActions? actions, IReadOnlyList<Scenario> scenarios)
    {
        _progress = progress;
        _actions = actions;
        _scenarios = scenarios;
        Reload();
    }

    public ReviewQueue Queue { get; private set; } = new(null, []);

    public IReadOnlyList<(ReviewStep Step, ReviewReply Reply)> Rows { get; private set; } = [];

    /// <summary>Accepting and adding phrases are possible (the host gave the review loop).</summary>
    public bool CanEdit => _actions is not null;

    /// <summary>The last edit's outcome, shown under the queue.</summary>
    public ReviewOutcome? Last { get; private set; }

    /// <summary>What the last edit changed, for its message: the step, <c>step/item</c> or <c>@concept</c>.</summary>
    public string LastWhat { get; private set; } = "";

    public IReadOnlyList<Scenario> Scenarios => _actions?.Scenarios ?? _scenarios;

    public void Reload()
    {
        Queue = ReviewQueueBuilder.Build(_progress.Attempts(AttemptQuery.All), Scenarios);
        Rows = [.. Queue.Steps.SelectMany(s => s.Replies.Select(r => (s, r)))];
    }

    public Scenario? ScenarioOf(ReviewStep step) => Scenarios.FirstOrDefault(s => s.Id == step.ScenarioId);

    public ReviewOutcome? Accept(int row) =>
        Run(row, step => step.StepId, (actions, step, reply) => actions.Accept(step.ScenarioId, step.StepId, reply.Reply));

    public ReviewOutcome? AddPhrase(int row, string itemId, string phrase) =>
        Run(row, step => $"{step.StepId}/{itemId}", (actions, step, _) => actions.AddPhrase(step.ScenarioId, step.StepId, itemId, phrase));

    public ReviewOutcome? AddConceptPhrase(int row, string concept, string phrase) =>
        Run(row, _ => "@" + concept, (actions, step, _) => actions.AddConceptPhrase(ScenarioOf(step)?.Language ?? "zh-CN", concept, phrase));

    private ReviewOutcome? Run(int row, Func<ReviewStep, string> what, Func<IReviewActions, ReviewStep, ReviewReply, ReviewOutcome> action)
    {
        if (_actions is null || row < 0 || row >= Rows.Count)
            return null;
        var (step, reply) = Rows[row];
        Last = action(_actions, step, reply);
        LastWhat = what(step);
        Reload();
        return Last;
    }
}
