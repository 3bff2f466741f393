namespace TrainingSim.Core.Review;

/// <summary>What an accept or a rubric edit did: the file and line written, or why nothing was
/// (<see cref="Problem"/>, a key the front ends word: <c>UnknownStep</c>, <c>AlreadyGood</c>, <c>Invalid</c>, …, with
/// <see cref="Subject"/>); then the attempts it re-scored.</summary>
/// <param name="ExampleScore">For an accepted reply: the score it gets as a good example of the edited step.</param>
/// <param name="ExampleMissed">The items that example still misses (what to add a phrase to).</param>
/// <param name="Warnings">New warnings of the edited file, as diagnostic lines.</param>
public sealed record ReviewOutcome(
    string? Problem,
    string? Subject,
    string Path,
    int Line,
    IReadOnlyList<RescoredAttempt> Rescored,
    int Unchanged,
    int? ExampleScore = null,
    int PassMark = 0,
    IReadOnlyList<string>? ExampleMissed = null,
    IReadOnlyList<string>? Warnings = null)
{
    public bool Written => Problem is null;
}

/// <summary>One attempt whose score changed (or whose items did) by a re-scoring.</summary>
public sealed record RescoredAttempt(Guid AttemptId, string Trainee, string ScenarioId, int Before, int After);
