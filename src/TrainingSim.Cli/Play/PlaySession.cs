using TrainingSim.Core.Calls;
using TrainingSim.Core.Conversations;
using TrainingSim.Core.Scenarios;

namespace TrainingSim.Cli.Play;

/// <summary>Plays one call from a replies source through its <see cref="CallSession"/>: a reply a turn, each
/// turn stored (when the session records) and then reported to every observer before the next reply is read.
/// Replies that run out abandon the call.</summary>
public sealed class PlaySession
{
    private readonly CallSession _call;
    private readonly ReplyReader _replies;
    private readonly IReadOnlyList<IPlayObserver> _observers;
    private readonly Messages _text;

    public PlaySession(CallSession call, ReplyReader replies, IReadOnlyList<IPlayObserver> observers, Messages text)
    {
        ArgumentNullException.ThrowIfNull(call);
        _call = call;
        _replies = replies;
        _observers = observers;
        _text = text;
    }

    public AttemptResult Play()
    {
        foreach (var observer in _observers)
            observer.Started(_call.Conversation);

        while (!_call.IsOver)
        {
            var reply = _replies.Next();
            if (reply is null)
            {
                _call.Abandon();
                break;
            }

            var moodBefore = _call.Mood;
            var turn = Answer(reply);
            foreach (var observer in _observers)
                observer.Answered(_call.Conversation, turn, moodBefore);
        }

        return Finish();
    }

    private TurnResult Answer(Reply reply)
    {
        if (_call.TryAnswer(reply.Text, out var turn))
            return turn!;

        // A reply the step cannot take: the replies file is bad input. The attempt ends as abandoned (and is
        // stored so) before the one-line error.
        var choice = (ChoiceStep)_call.CurrentStep;
        _call.Abandon();
        Finish();
        throw new CliException(
            _text.Format("ChoiceReplyInvalid", choice.Id, choice.Choices.Count, reply.Text),
            ExitCodes.Usage,
            _replies.Location(reply));
    }

    private AttemptResult Finish()
    {
        var result = _call.Result();
        foreach (var observer in _observers)
            observer.Finished(_call.Conversation, result);
        return result;
    }
}
