namespace TrainingSim.Interchange.Sync;

/// <summary>One statement waiting in the outbox: its bytes exactly as composed when its turn was stored, and
/// what names it in a report (trainee, scenario, turn).</summary>
/// <param name="Key">Its place in the outbox: statements are sent in this order (an attempt's
/// <c>attempted</c> before its answers).</param>
/// <param name="Problem">Why the LRS refused it last time (a 409 or 4xx), or null.</param>
public sealed record OutboxEntry(
    long Key, Guid StatementId, Guid AttemptId, string Trainee, string ScenarioId, int? Turn, string Verb, byte[] Json,
    string? Problem = null);
