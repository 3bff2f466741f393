using TrainingSim.Core.Conversations;

namespace TrainingSim.Cli.Play;

/// <summary>Hears a non-interactive call as it happens: the transcript writer, the progress recorder.
/// Each turn is reported before the next reply is read.</summary>
public interface IPlayObserver
{
    /// <summary>The call has begun at its start step.</summary>
    void Started(Conversation conversation);

    /// <summary>A step was answered; <paramref name="moodBefore"/> is the mood when the reply was read.</summary>
    void Answered(Conversation conversation, TurnResult turn, int moodBefore);

    /// <summary>The call is over (an end step, a hang-up, or abandoned).</summary>
    void Finished(Conversation conversation, AttemptResult result);
}
