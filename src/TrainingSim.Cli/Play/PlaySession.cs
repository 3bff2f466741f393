using System.Globalization;
using TrainingSim.Core.Conversations;
using TrainingSim.Core.Scenarios;

namespace TrainingSim.Cli.Play;

/// <summary>Plays one scenario from a replies source: a reply a turn, each turn reported to every observer
/// before the next reply is read. Replies that run out abandon the call.</summary>
public sealed class PlaySession(Scenario scenario, ReplyReader replies, IReadOnlyList<IPlayObserver> observers, Messages text)
{
    public AttemptResult Play()
    {
        var conversation = new Conversation(scenario);
        foreach (var observer in observers)
            observer.Started(conversation);

        while (!conversation.IsOver)
        {
            var reply = replies.Next();
            if (reply is null)
            {
                conversation.Abandon();
                break;
            }

            var moodBefore = conversation.Mood;
            var turn = Answer(conversation, reply);
            foreach (var observer in observers)
                observer.Answered(conversation, turn, moodBefore);
        }

        var result = conversation.Result();
        foreach (var observer in observers)
            observer.Finished(conversation, result);
        return result;
    }

    private TurnResult Answer(Conversation conversation, Reply reply)
    {
        if (conversation.CurrentStep is not ChoiceStep choice)
            return conversation.Reply(reply.Text);

        if (int.TryParse(reply.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && number >= 1 && number <= choice.Choices.Count)
            return conversation.Choose(number);

        // A reply the step cannot take: the replies file is bad input. The attempt ends as abandoned (and is
        // recorded so) before the one-line error.
        conversation.Abandon();
        var result = conversation.Result();
        foreach (var observer in observers)
            observer.Finished(conversation, result);
        throw new CliException(
            text.Format("ChoiceReplyInvalid", choice.Id, choice.Choices.Count, reply.Text),
            ExitCodes.Usage,
            replies.Location(reply));
    }
}
