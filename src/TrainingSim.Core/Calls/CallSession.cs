using TrainingSim.Core.Conversations;
using TrainingSim.Core.Progress;
using TrainingSim.Core.Scenarios;

namespace TrainingSim.Core.Calls;

/// <summary>One call as every front end drives it: the <see cref="Conversation"/>, the
/// <see cref="AttemptRecorder"/> when the call is recorded, the reading of choice replies, hints, and the
/// timing of each answer. The text UI, <c>play</c> and the scenario test runner all play through it.</summary>
/// <remarks>Hints (practice mode only) are revealed for the current step; once revealed, that step's bonus
/// items earn nothing. Not thread-safe: one session belongs to one call.</remarks>
public sealed class CallSession
{
    private readonly AttemptRecorder? _recorder;
    private readonly TimeProvider _clock;
    private readonly CallTiming _timing;
    private long _stepStarted;

    private CallSession(Conversation conversation, AttemptRecorder? recorder, PlayMode mode, CallTiming timing, TimeProvider clock)
    {
        Conversation = conversation;
        _recorder = recorder;
        Mode = mode;
        _timing = timing;
        _clock = clock;
        _stepStarted = clock.GetTimestamp();
    }

    /// <summary>A call that is not stored (the scenario's tests, <c>play</c> without a trainee, play-tests).</summary>
    public static CallSession Start(Scenario scenario, PlayMode mode = PlayMode.Practice, CallTiming timing = CallTiming.Untimed,
        TimeProvider? clock = null) =>
        new(new Conversation(scenario), null, mode, timing, clock ?? TimeProvider.System);

    /// <summary>A call stored as an attempt of <paramref name="trainee"/>: the attempt when it starts, each turn the
    /// moment it is answered, the result when it ends.</summary>
    public static CallSession Record(Scenario scenario, IProgressStore store, Trainee trainee, PlayMode mode,
        CallTiming timing = CallTiming.Untimed, TimeProvider? clock = null)
    {
        clock ??= TimeProvider.System;
        var recorder = AttemptRecorder.Start(store, new Conversation(scenario), trainee, mode, clock);
        return new CallSession(recorder.Conversation, recorder, mode, timing, clock);
    }

    public Conversation Conversation { get; }

    public Scenario Scenario => Conversation.Scenario;

    public PlayMode Mode { get; }

    /// <summary>The stored attempt's id, or null when the call is not recorded.</summary>
    public Guid? AttemptId => _recorder?.AttemptId;

    public Step CurrentStep => Conversation.CurrentStep;

    public bool IsOver => Conversation.IsOver;

    public int Mood => Conversation.Mood;

    public string? Outcome => Conversation.Outcome;

    /// <summary>The choices of the current step while it awaits a choice, else empty.</summary>
    public IReadOnlyList<Choice> Choices => CurrentStep is ChoiceStep step && !IsOver ? step.Choices : [];

    /// <summary>The hints were revealed on the current step.</summary>
    public bool HintUsed { get; private set; }

    /// <summary>Time since the current step was entered.</summary>
    public TimeSpan StepElapsed => _clock.GetElapsedTime(_stepStarted);

    /// <summary>Whole seconds left to answer when the call is timed and the scenario has <c>reply_seconds</c>
    /// (negative when over), else null.</summary>
    public int? SecondsLeft =>
        _timing == CallTiming.Timed && Scenario.ReplySeconds is { } limit && !IsOver
            ? limit - (int)Math.Floor(StepElapsed.TotalSeconds)
            : null;

    /// <summary>Practice mode only: the current step's hints (a free-text step's positive items', a choice step's
    /// choices'), each once; from now on this step's bonus items earn nothing. Null when hints cannot be revealed
    /// (exam mode, the call is over, or already revealed on this step).</summary>
    public IReadOnlyList<string>? RevealHints()
    {
        if (Mode != PlayMode.Practice || IsOver || HintUsed)
            return null;
        HintUsed = true;
        IEnumerable<string?> hints = CurrentStep switch
        {
            FreeTextStep free => free.Rubric.Where(i => !i.IsPenalty).Select(i => i.Hint),
            ChoiceStep choice => choice.Choices.Select(c => c.Hint),
            _ => [],
        };
        return [.. hints.OfType<string>().Distinct()];
    }

    /// <summary>Answers the current step from text: the reply itself on a free-text step, a choice number on a
    /// choice step (<see cref="ChoiceNumber"/>). False, and nothing answered, when a choice step gets text that is
    /// not one of its numbers.</summary>
    public bool TryAnswer(string text, out TurnResult? turn)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (CurrentStep is not ChoiceStep step)
        {
            turn = Reply(text);
            return true;
        }

        if (!ChoiceNumber.TryParse(text, step, out var number))
        {
            turn = null;
            return false;
        }

        turn = Choose(number);
        return true;
    }

    /// <summary>Answers the current free-text step.</summary>
    public TurnResult Reply(string text) =>
        Answered(_recorder?.Reply(text, Elapsed(), HintUsed) ?? Conversation.Reply(text, Elapsed(), HintUsed));

    /// <summary>Answers the current choice step with a 1-based number (the file's order).</summary>
    /// <param name="shownOrder">The numbers in the order the choices were shown, when the front end shuffled them
    /// (recorded with the turn).</param>
    public TurnResult Choose(int number, IReadOnlyList<int>? shownOrder = null) =>
        Answered(_recorder?.Choose(number, Elapsed(), shownOrder) ?? Conversation.Choose(number, Elapsed()));

    /// <summary>The trainee leaves: outcome <c>abandoned</c> (stored so when recorded). Does nothing once over.</summary>
    public void Abandon()
    {
        if (_recorder is not null)
            _recorder.Abandon();
        else
            Conversation.Abandon();
    }

    /// <summary>The scorecard so far (final once <see cref="IsOver"/>).</summary>
    public AttemptResult Result() => Conversation.Result();

    private TimeSpan? Elapsed() => _timing == CallTiming.Timed ? StepElapsed : null;

    private TurnResult Answered(TurnResult turn)
    {
        HintUsed = false;
        _stepStarted = _clock.GetTimestamp();
        return turn;
    }
}
