using TrainingSim.Core.Feedback;
using TrainingSim.Core.Progress;
using TrainingSim.Core.Review;
using TrainingSim.Core.Scenarios;
using TrainingSim.Core.Security;

namespace TrainingSim.Tui.Models.Staff;

/// <summary>One recorded attempt, turn by turn, read through the session's scope: a trainee's session
/// finds only their own attempts (<see cref="Attempt"/> is null for anyone else's). Customer lines, model
/// answers and hints come from the scenario as loaded now; a turn of an older version whose step or item
/// is gone shows its ids only.</summary>
internal sealed class TranscriptModel
{
    private readonly ScopedProgress _progress;
    private readonly Guid _attemptId;
    private readonly Dictionary<TurnRecord, TurnFeedback?> _scoredAgain = new(ReferenceEqualityComparer.Instance);

    public TranscriptModel(ScopedProgress progress, Guid attemptId, IReadOnlyList<Scenario> scenarios)
    {
        _progress = progress;
        _attemptId = attemptId;
        Attempt = progress.FindAttempt(attemptId);
        Scenario = Attempt is null ? null : scenarios.FirstOrDefault(s => s.Id == Attempt.ScenarioId);
    }

    public AttemptRecord? Attempt { get; private set; }

    /// <summary>Reads the attempt again (after a score override).</summary>
    public void Reload() => Attempt = _progress.FindAttempt(_attemptId);

    public Scenario? Scenario { get; }

    /// <summary>The attempt was played on another version of the file than the one loaded.</summary>
    public bool OtherVersion => Attempt is not null && Scenario is not null && Scenario.VersionHash != Attempt.ScenarioVersion;

    public string Title => Scenario?.Title ?? Attempt?.ScenarioId ?? "";

    /// <summary>The customer's mood at the start and after every turn.</summary>
    public IReadOnlyList<int> Moods =>
        Attempt is null ? [] : [StartMood, .. Attempt.Turns.Select(t => t.MoodAfter)];

    private int StartMood =>
        Scenario is null ? 50 : Math.Clamp(Scenario.Customer.Mood + Scenario.StartStep.Mood, 0, 100);

    public string? CustomerLine(TurnRecord turn) => Scenario?.Steps.GetValueOrDefault(turn.StepId)?.Say;

    public string? ModelAnswer(TurnRecord turn) => Scenario?.Steps.GetValueOrDefault(turn.StepId) switch
    {
        FreeTextStep free => free.Model,
        ChoiceStep choice => choice.Choices.MaxBy(c => c.Total)?.Text,
        _ => null,
    };

    /// <summary>The stored turn's feedback, against the step as loaded now.</summary>
    public TurnFeedback Feedback(TurnRecord turn) => FeedbackBuilder.For(turn, Scenario?.Steps.GetValueOrDefault(turn.StepId));

    /// <summary>The turn's feedback with the words that earned or lost each item, as the call showed it: the reply
    /// scored again against the same version of the step, used only when it gives exactly the stored items (a
    /// re-scoring or a changed file would otherwise contradict the stored score). Null when it cannot be shown so.</summary>
    public TurnFeedback? FeedbackWithEvidence(TurnRecord turn)
    {
        // Scored once per turn shown, not on every redraw.
        if (_scoredAgain.TryGetValue(turn, out var known))
            return known;
        return _scoredAgain[turn] = ScoredAgain(turn);
    }

    private TurnFeedback? ScoredAgain(TurnRecord turn) =>
        !OtherVersion && Scenario is not null && Rescorer.AsStored(turn, Scenario) is { } again ? FeedbackBuilder.For(again) : null;
}
