namespace TrainingSim.Core.Export;

/// <summary>What an import changed. A statement is "already present" when the database already holds the
/// attempt it belongs to with that statement in it (the ids are deterministic).</summary>
/// <param name="NotMerged">Attempts already stored whose incoming statements hold something the stored attempt
/// does not (e.g. exported mid-call, then again finished): the stored attempt is kept as it is.</param>
public sealed record XapiMergeResult(
    int Statements,
    int StatementsNew,
    int StatementsPresent,
    int AttemptsNew,
    int AttemptsPresent,
    IReadOnlyList<NotMergedAttempt> NotMerged);

public sealed record NotMergedAttempt(Guid AttemptId, string Trainee, int NewStatements);
