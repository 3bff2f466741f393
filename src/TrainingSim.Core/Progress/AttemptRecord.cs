namespace TrainingSim.Core.Progress;

/// <summary>An attempt as stored. <see cref="Outcome"/> is null until it ends; an attempt that never
/// ended (the program was killed, the terminal closed) reads as abandoned.</summary>
public sealed record AttemptRecord
{
    public required Guid Id { get; init; }
    public required string Trainee { get; init; }
    public string? Cohort { get; init; }
    public required string ScenarioId { get; init; }
    public required string ScenarioVersion { get; init; }
    public required PlayMode Mode { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset? EndedAt { get; init; }
    public string? Outcome { get; init; }
    public bool Success { get; init; }
    public int Score { get; init; }
    public int Stars { get; init; }
    public IReadOnlyDictionary<string, int> Skills { get; init; } = new Dictionary<string, int>();
    public IReadOnlyList<TurnRecord> Turns { get; init; } = [];

    public string EffectiveOutcome => Outcome ?? Conversations.Outcomes.Abandoned;

    /// <summary>Ended at an end step or by the customer hanging up (not abandoned).</summary>
    public bool Completed => Outcome is not null && Outcome != Conversations.Outcomes.Abandoned;
}
