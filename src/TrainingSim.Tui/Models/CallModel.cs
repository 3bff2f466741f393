using TrainingSim.Core.Calls;
using TrainingSim.Core.Conversations;
using TrainingSim.Core.Feedback;
using TrainingSim.Core.Progress;
using TrainingSim.Core.Scenarios;

namespace TrainingSim.Tui.Models;

/// <summary>The call screen's state: its transcript (each turn's feedback as data, in practice mode) over the
/// <see cref="CallSession"/> that times, hints and records the call — every answered turn is stored the moment
/// it is answered.</summary>
internal sealed class CallModel
{
    private readonly List<TranscriptEntry> _transcript = [];
    private readonly CallSession _call;
    private readonly Random? _shuffle;
    private int[] _order = [];
    private IReadOnlyList<Choice> _choices = [];

    /// <param name="shuffle">Shuffles each choice step's choices (recorded with the turn); null keeps the file's order.</param>
    public CallModel(Scenario scenario, PlayMode mode, Trainee trainee, IProgressStore store, TimeProvider clock, Random? shuffle = null)
    {
        Scenario = scenario;
        Mode = mode;
        _shuffle = shuffle;
        _call = CallSession.Record(scenario, store, trainee, mode, CallTiming.Timed, clock);
        Enter(Conversation.CurrentStep);
    }

    public Scenario Scenario { get; }

    public PlayMode Mode { get; }

    public Guid AttemptId => _call.AttemptId!.Value;

    public Conversation Conversation => _call.Conversation;

    public IReadOnlyList<TranscriptEntry> Transcript => _transcript;

    public bool IsOver => Conversation.IsOver;

    public bool HungUp => Conversation.Outcome == Outcomes.HungUp;

    /// <summary>The hints were revealed on the current step (its bonus items earn nothing).</summary>
    public bool HintUsed => _call.HintUsed;

    /// <summary>The choices of the current step in the order shown (shuffled for each attempt), else empty.</summary>
    public IReadOnlyList<Choice> Choices => IsOver ? [] : _choices;

    public bool AwaitsChoice => Choices.Count > 0;

    /// <summary>The choices' numbers in the file's order as shown on the current step (shown position → number).</summary>
    public IReadOnlyList<int> ChoiceOrder => _order;

    /// <summary>Seconds left to reply when the scenario has <c>reply_seconds</c> (negative when over), else null.</summary>
    public int? SecondsLeft => _call.SecondsLeft;

    public int Mood => Conversation.Mood;

    /// <summary>Practice mode only: shows the hints of the current step's items; bonus items then earn nothing.</summary>
    public bool RevealHints()
    {
        if (_call.RevealHints() is not { } hints)
            return false;
        foreach (var hint in hints)
            _transcript.Add(new TranscriptEntry(EntryKind.Hint, hint));
        return true;
    }

    /// <summary>Sends a free-text reply; blank replies are ignored (false).</summary>
    public bool Reply(string text)
    {
        if (IsOver || AwaitsChoice || string.IsNullOrWhiteSpace(text))
            return false;
        _transcript.Add(new TranscriptEntry(EntryKind.Trainee, text.Trim()));
        var turn = _call.Reply(text.Trim());
        Answered(turn);
        return true;
    }

    /// <summary>Answers the current choice step with the 1-based number of a choice as shown.</summary>
    public bool Choose(int shown)
    {
        if (IsOver || shown < 1 || shown > Choices.Count)
            return false;
        _transcript.Add(new TranscriptEntry(EntryKind.Trainee, Choices[shown - 1].Text));
        var turn = _call.Choose(_order[shown - 1], _shuffle is null ? null : _order);
        Answered(turn);
        return true;
    }

    /// <summary>The trainee leaves mid-call: the attempt is stored as abandoned.</summary>
    public void Abandon()
    {
        _call.Abandon();
    }

    public AttemptResult Result() => _call.Result();

    private void Answered(TurnResult turn)
    {
        if (Mode == PlayMode.Practice)
            AddFeedback(turn);
        if (turn.HungUp)
            _transcript.Add(new TranscriptEntry(EntryKind.HungUp, ""));
        else
            Enter(Conversation.CurrentStep);
    }

    private void AddFeedback(TurnResult turn)
    {
        var feedback = FeedbackBuilder.For(turn, Scenario.Steps.GetValueOrDefault(turn.StepId));
        foreach (var line in feedback.Lines)
            _transcript.Add(new TranscriptEntry(EntryKind.Feedback, "", feedback, line));
    }

    private void Enter(Step step)
    {
        var count = _call.Choices.Count;
        _order = [.. Enumerable.Range(1, count)];
        _shuffle?.Shuffle(_order);
        _choices = [.. _order.Select(n => _call.Choices[n - 1])];
        if (step.Note is { } note)
            _transcript.Add(new TranscriptEntry(EntryKind.Narrator, note));
        if (step.Say is { } say)
            _transcript.Add(new TranscriptEntry(EntryKind.Customer, say));
        if (step is EndStep end)
            _transcript.Add(new TranscriptEntry(EntryKind.Ended, end.Outcome));
    }
}
