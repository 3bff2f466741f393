using TrainingSim.Core.Conversations;

namespace TrainingSim.Core.Progress;

/// <summary>Plays a <see cref="Conversation"/> and records it: the one way the text UI and
/// <c>play --trainee</c> store an attempt. The attempt is stored when recording starts, each turn the moment
/// it is answered, and the result when the call ends (or is abandoned). An attempt whose program dies
/// mid-call keeps its answered turns and reads as abandoned.</summary>
/// <remarks>Not thread-safe: one recorder belongs to one call.</remarks>
public sealed class AttemptRecorder
{
    private readonly IProgressStore _store;
    private readonly TimeProvider _clock;
    private bool _finished;

    private AttemptRecorder(IProgressStore store, Conversation conversation, AttemptRecord attempt, TimeProvider clock)
    {
        _store = store;
        _clock = clock;
        Conversation = conversation;
        Attempt = attempt;
    }

    public Conversation Conversation { get; }

    /// <summary>The attempt as it was started (no turns, no outcome).</summary>
    public AttemptRecord Attempt { get; }

    public Guid AttemptId => Attempt.Id;

    public bool IsOver => Conversation.IsOver;

    /// <summary>Stores a new attempt of <paramref name="trainee"/> on a conversation that has no turns yet.</summary>
    public static AttemptRecorder Start(
        IProgressStore store, Conversation conversation, Trainee trainee, PlayMode mode, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(trainee);
        if (conversation.Turns.Count > 0)
            throw new ArgumentException("Record a conversation from its first turn.", nameof(conversation));

        clock ??= TimeProvider.System;
        var attempt = new AttemptRecord
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            Trainee = trainee.Name,
            Cohort = trainee.Cohort,
            ScenarioId = conversation.Scenario.Id,
            ScenarioVersion = conversation.Scenario.VersionHash,
            Mode = mode,
            StartedAt = clock.GetUtcNow(),
        };
        store.StartAttempt(attempt);
        var recorder = new AttemptRecorder(store, conversation, attempt, clock);
        if (conversation.IsOver)
            recorder.Finish();
        return recorder;
    }

    /// <summary>Answers the current free-text step and stores the turn (and the end, when the call ends).</summary>
    public TurnResult Reply(string text, TimeSpan? elapsed = null, bool hintUsed = false) =>
        Store(Conversation.Reply(text, elapsed, hintUsed));

    /// <summary>Answers the current choice step and stores the turn (and the end, when the call ends).</summary>
    /// <param name="shownOrder">The choices' numbers in the order they were shown, when shuffled.</param>
    public TurnResult Choose(int number, TimeSpan? elapsed = null, IReadOnlyList<int>? shownOrder = null) =>
        Store(Conversation.Choose(number, elapsed), shownOrder);

    /// <summary>The trainee quits: stores the attempt as abandoned. Does nothing once the call is over.</summary>
    public void Abandon()
    {
        if (_finished)
            return;
        Conversation.Abandon();
        Finish();
    }

    /// <summary>The scorecard so far.</summary>
    public AttemptResult Result() => Conversation.Result();

    private TurnResult Store(TurnResult turn, IReadOnlyList<int>? shownOrder = null)
    {
        _store.RecordTurn(Attempt.Id, TurnRecord.From(turn, _clock.GetUtcNow()) with { ChoiceOrder = shownOrder ?? [] });
        if (Conversation.IsOver)
            Finish();
        return turn;
    }

    private void Finish()
    {
        var result = Conversation.Result();
        _store.FinishAttempt(Attempt.Id, new AttemptFinish(
            result.Outcome ?? Outcomes.Abandoned, result.Success, result.Score, result.Stars, result.Skills,
            _clock.GetUtcNow()));
        _finished = true;
    }
}
