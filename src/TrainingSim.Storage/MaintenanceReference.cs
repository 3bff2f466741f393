namespace TrainingSim.Storage;

/// <summary>A rule <c>db check</c> enforces: every value of <paramref name="Expression"/> in
/// <paramref name="Collection"/> must be the <paramref name="TargetExpression"/> of some document of
/// <paramref name="TargetCollection"/> (e.g. every turn's attempt id is an attempt's <c>_id</c>).</summary>
/// <param name="What">Says what a document is, for messages: "turn", "attempt".</param>
/// <param name="Missing">Says what is missing, for messages: "attempt", "trainee".</param>
public sealed record MaintenanceReference(
    string Collection, string Expression, string TargetCollection, string TargetExpression, string What, string Missing);
