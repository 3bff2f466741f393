namespace TrainingSim.Core.Review;

/// <summary>Real trainees' replies worth a trainer's look, grouped by scenario and step. <see cref="Below"/> is the
/// threshold asked for; null: each step's own pass mark.</summary>
public sealed record ReviewQueue(int? Below, IReadOnlyList<ReviewStep> Steps)
{
    public int Replies => Steps.Sum(s => s.Replies.Count);
}

/// <param name="PassMark">The step's pass mark for a good reply (<c>good_at_least</c>, 80 by default).</param>
/// <param name="MostMissed">The step's items missed by the queued replies, most often missed first.</param>
public sealed record ReviewStep(
    string ScenarioId,
    string ScenarioTitle,
    string StepId,
    string Say,
    int PassMark,
    IReadOnlyList<ReviewReply> Replies,
    IReadOnlyList<(string Item, int Replies)> MostMissed);

/// <summary>One recorded reply, scored now with the scenario as it stands.</summary>
/// <param name="Turn">The 1-based turn of the attempt.</param>
/// <param name="Score">The step score the reply gets now.</param>
/// <param name="RecordedScore">The step score stored with the turn.</param>
/// <param name="Missed">The step's positive items it misses now (bonus items excluded).</param>
/// <param name="Others">Other recorded turns with the same reply at this step (counted once in the queue).</param>
public sealed record ReviewReply(
    Guid AttemptId,
    int Turn,
    string Trainee,
    string Reply,
    int Score,
    int RecordedScore,
    IReadOnlyList<string> Missed,
    IReadOnlyList<string> Penalties,
    DateTimeOffset AnsweredAt,
    int Others)
{
    /// <summary>The reply is already a good example of its step (it still scores below the mark).</summary>
    public bool Accepted { get; init; }

    /// <summary>How the attempt is named on the command line: the last 8 hex digits of its id.</summary>
    public string Handle => ReviewHandles.Short(AttemptId);
}
