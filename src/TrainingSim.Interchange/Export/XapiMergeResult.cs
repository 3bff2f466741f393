namespace TrainingSim.Interchange.Export;

/// <summary>What an import changed. A statement is "already present" when the database already holds the
/// attempt it belongs to with that statement in it (the ids are deterministic).</summary>
/// <param name="AttemptsContinued">Attempts already stored (counted in <paramref name="AttemptsPresent"/>) that
/// took turns or their end from statements that arrived later.</param>
/// <param name="NotMerged">Attempts already stored whose incoming statements hold something that cannot be added
/// (the stored attempt has ended, or the incoming turns leave a gap): the stored attempt is kept as it is.</param>
/// <param name="Unstarted">Incoming attempts without their <c>attempted</c> statement that this database does not
/// hold either: nothing of them is stored.</param>
public sealed record XapiMergeResult(
    int Statements,
    int StatementsNew,
    int StatementsPresent,
    int AttemptsNew,
    int AttemptsPresent,
    IReadOnlyList<NotMergedAttempt> NotMerged,
    int AttemptsContinued = 0,
    IReadOnlyList<NotMergedAttempt>? Unstarted = null)
{
    public IReadOnlyList<NotMergedAttempt> Unstarted { get; init; } = Unstarted ?? [];
}

public sealed record NotMergedAttempt(Guid AttemptId, string Trainee, int NewStatements);
