using TrainingSim.Core.Content;
using TrainingSim.Core.Conversations;
using TrainingSim.Core.Progress;
using TrainingSim.Core.Scenarios;
using TrainingSim.Core.Scoring;

namespace TrainingSim.Tui.Models;

/// <summary>The call screen's state: the conversation, its transcript, reply timing, hints, and the
/// attempt as recorded — every answered turn is stored the moment it is answered.</summary>
internal sealed class CallModel
{
    private readonly List<TranscriptEntry> _transcript = [];
    private readonly AttemptRecorder _recorder;
    private readonly TimeProvider _clock;
    private readonly TrainingContent _content;
    private readonly string _language;
    private long _stepStarted;

    public CallModel(Scenario scenario, PlayMode mode, Trainee trainee, IProgressStore store, TrainingContent content, TimeProvider clock, string language)
    {
        Scenario = scenario;
        Mode = mode;
        _clock = clock;
        _content = content;
        _language = language;
        _recorder = AttemptRecorder.Start(store, new Conversation(scenario), trainee, mode, clock);
        Enter(Conversation.CurrentStep);
    }

    public Scenario Scenario { get; }

    public PlayMode Mode { get; }

    public Guid AttemptId => _recorder.AttemptId;

    public Conversation Conversation => _recorder.Conversation;

    public IReadOnlyList<TranscriptEntry> Transcript => _transcript;

    public bool IsOver => Conversation.IsOver;

    public bool HungUp => Conversation.Outcome == Outcomes.HungUp;

    /// <summary>The hints were revealed on the current step (its bonus items earn nothing).</summary>
    public bool HintUsed { get; private set; }

    /// <summary>The choices of the current step when it is a choice step, else empty.</summary>
    public IReadOnlyList<Choice> Choices => Conversation.CurrentStep is ChoiceStep { } c && !IsOver ? c.Choices : [];

    public bool AwaitsChoice => Choices.Count > 0;

    /// <summary>Seconds left to reply when the scenario has <c>reply_seconds</c> (negative when over), else null.</summary>
    public int? SecondsLeft =>
        Scenario.ReplySeconds is { } limit && !IsOver
            ? limit - (int)Math.Floor(_clock.GetElapsedTime(_stepStarted).TotalSeconds)
            : null;

    public int Mood => Conversation.Mood;

    /// <summary>Practice mode only: shows the hints of the current step's items; bonus items then earn nothing.</summary>
    public bool RevealHints()
    {
        if (Mode != PlayMode.Practice || IsOver || HintUsed)
            return false;
        HintUsed = true;
        IEnumerable<string?> hints = Conversation.CurrentStep switch
        {
            FreeTextStep free => free.Rubric.Where(i => !i.IsPenalty).Select(i => i.Hint),
            ChoiceStep choice => choice.Choices.Select(c => c.Hint),
            _ => [],
        };
        foreach (var hint in hints.OfType<string>().Distinct())
            _transcript.Add(new TranscriptEntry(EntryKind.Hint, hint));
        return true;
    }

    /// <summary>Sends a free-text reply; blank replies are ignored (false).</summary>
    public bool Reply(string text)
    {
        if (IsOver || AwaitsChoice || string.IsNullOrWhiteSpace(text))
            return false;
        _transcript.Add(new TranscriptEntry(EntryKind.Trainee, text.Trim()));
        var turn = _recorder.Reply(text.Trim(), Elapsed(), HintUsed);
        Answered(turn);
        return true;
    }

    /// <summary>Answers the current choice step with a 1-based number.</summary>
    public bool Choose(int number)
    {
        if (IsOver || number < 1 || number > Choices.Count)
            return false;
        _transcript.Add(new TranscriptEntry(EntryKind.Trainee, Choices[number - 1].Text));
        var turn = _recorder.Choose(number, Elapsed());
        Answered(turn);
        return true;
    }

    /// <summary>The trainee leaves mid-call: the attempt is stored as abandoned.</summary>
    public void Abandon()
    {
        _recorder.Abandon();
    }

    public AttemptResult Result() => _recorder.Result();

    private TimeSpan Elapsed() => _clock.GetElapsedTime(_stepStarted);

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
        foreach (var match in turn.Matched)
            _transcript.Add(new TranscriptEntry(EntryKind.Matched, Evidence(turn.Reply, match), SkillName(match.Item.Skill), match.Item.Points));
        foreach (var item in turn.Missed)
            _transcript.Add(new TranscriptEntry(EntryKind.Missed, item.Hint ?? item.Id, SkillName(item.Skill), item.Points));
        foreach (var penalty in turn.Penalties)
            _transcript.Add(new TranscriptEntry(EntryKind.Penalty, Evidence(turn.Reply, penalty), SkillName(penalty.Item.Skill), penalty.Item.Points));
        if (turn.Choice is { } number && Conversation.Scenario.Steps.GetValueOrDefault(turn.StepId) is ChoiceStep step)
            _transcript.Add(new TranscriptEntry(EntryKind.ChoiceScore, step.Choices[number - 1].Hint ?? "", null, ScoreMath.Round(turn.Score)));
        if (turn.OverTime)
            _transcript.Add(new TranscriptEntry(EntryKind.OverTime, "", null, -turn.OverTimeLoss));
    }

    private void Enter(Step step)
    {
        HintUsed = false;
        _stepStarted = _clock.GetTimestamp();
        if (step.Note is { } note)
            _transcript.Add(new TranscriptEntry(EntryKind.Narrator, note));
        if (step.Say is { } say)
            _transcript.Add(new TranscriptEntry(EntryKind.Customer, say));
        if (step is EndStep end)
            _transcript.Add(new TranscriptEntry(EntryKind.Ended, _content.OutcomeName(end.Outcome, _language)));
    }

    private string SkillName(string skillId) =>
        _content.Skills.TryGetValue(skillId, out var skill) ? skill.NameIn(_language) : skillId;

    private static string Evidence(string reply, ItemMatch match) =>
        string.Join("…", match.Evidence.Select(r => reply[r]).Where(t => t.Length > 0).Distinct());
}
