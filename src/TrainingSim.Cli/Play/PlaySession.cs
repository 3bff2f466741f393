using System.Globalization;
using TrainingSim.Core.Conversations;
using TrainingSim.Core.Progress;
using TrainingSim.Core.Scenarios;

namespace TrainingSim.Cli.Play;

/// <summary>Plays one call from a replies source: a reply a turn, each turn stored (through the
/// <see cref="AttemptRecorder"/>, when recording) and then reported to every observer before the next reply
/// is read. Replies that run out abandon the call.</summary>
public sealed class PlaySession
{
    private readonly Conversation _conversation;
    private readonly AttemptRecorder? _recorder;
    private readonly ReplyReader _replies;
    private readonly IReadOnlyList<IPlayObserver> _observers;
    private readonly Messages _text;

    /// <summary>A call that is not recorded.</summary>
    public PlaySession(Scenario scenario, ReplyReader replies, IReadOnlyList<IPlayObserver> observers, Messages text)
        : this(new Conversation(scenario), null, replies, observers, text)
    {
    }

    /// <summary>A call recorded by <paramref name="recorder"/> (which must drive <paramref name="conversation"/>).</summary>
    public PlaySession(Conversation conversation, AttemptRecorder? recorder, ReplyReader replies, IReadOnlyList<IPlayObserver> observers, Messages text)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        if (recorder is not null && !ReferenceEquals(recorder.Conversation, conversation))
            throw new ArgumentException("The recorder must record this conversation.", nameof(recorder));
        _conversation = conversation;
        _recorder = recorder;
        _replies = replies;
        _observers = observers;
        _text = text;
    }

    public AttemptResult Play()
    {
        foreach (var observer in _observers)
            observer.Started(_conversation);

        while (!_conversation.IsOver)
        {
            var reply = _replies.Next();
            if (reply is null)
            {
                Abandon();
                break;
            }

            var moodBefore = _conversation.Mood;
            var turn = Answer(reply);
            foreach (var observer in _observers)
                observer.Answered(_conversation, turn, moodBefore);
        }

        return Finish();
    }

    private TurnResult Answer(Reply reply)
    {
        if (_conversation.CurrentStep is not ChoiceStep choice)
            return _recorder?.Reply(reply.Text) ?? _conversation.Reply(reply.Text);

        if (int.TryParse(reply.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && number >= 1 && number <= choice.Choices.Count)
            return _recorder?.Choose(number) ?? _conversation.Choose(number);

        // A reply the step cannot take: the replies file is bad input. The attempt ends as abandoned (and is
        // stored so) before the one-line error.
        Abandon();
        Finish();
        throw new CliException(
            _text.Format("ChoiceReplyInvalid", choice.Id, choice.Choices.Count, reply.Text),
            ExitCodes.Usage,
            _replies.Location(reply));
    }

    private void Abandon()
    {
        if (_recorder is not null)
            _recorder.Abandon();
        else
            _conversation.Abandon();
    }

    private AttemptResult Finish()
    {
        var result = _conversation.Result();
        foreach (var observer in _observers)
            observer.Finished(_conversation, result);
        return result;
    }
}
