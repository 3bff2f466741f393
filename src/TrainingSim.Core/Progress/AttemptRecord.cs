namespace TrainingSim.Core.Progress;

/// <summary>An attempt as stored. <see cref="Outcome"/> is null until it ends; an attempt that never
/// ended (the program was killed, the terminal closed) reads as abandoned.</summary>
public sealed record AttemptRecord
{
    public required Guid Id { get; init; }
    public required string Trainee { get; init; }
    public string? Cohort { get; init; }
    public required string ScenarioId { get; init; }
    /// <summary>The scenario file's hash (<c>Scenario.VersionHash</c>) when it was played.</summary>
    public required string ScenarioVersion { get; init; }
    public required PlayMode Mode { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset? EndedAt { get; init; }
    public string? Outcome { get; init; }
    public bool Success { get; init; }
    public int Score { get; init; }
    public int Stars { get; init; }
    /// <summary>Skill id → score 0..100 over the attempt.</summary>
    public IReadOnlyDictionary<string, int> Skills { get; init; } = new Dictionary<string, int>();
    /// <summary>In answer order (empty when the query asked for no turns).</summary>
    public IReadOnlyList<TurnRecord> Turns { get; init; } = [];
    /// <summary>Set once the attempt was scored again after an edit of its rubric: what it was first given.</summary>
    public AttemptRescore? Rescore { get; init; }
    /// <summary>A staff score in place of the scored one; <see cref="Score"/> and <see cref="Stars"/> are then the
    /// override's.</summary>
    public ScoreOverride? Override { get; init; }

    /// <summary>The score the rubric gave (re-scored, when it was), whatever an override says.</summary>
    public int ScoredScore => Override?.ScoredScore ?? Score;

    /// <summary>The score the attempt was first given when it was played.</summary>
    public int FirstScore => Rescore?.OriginalScore ?? ScoredScore;

    public string EffectiveOutcome => Outcome ?? Conversations.Outcomes.Abandoned;

    /// <summary>Ended at an end step or by the customer hanging up (not abandoned).</summary>
    public bool Completed => Outcome is not null && Outcome != Conversations.Outcomes.Abandoned;

    /// <summary>Completed with at least one star.</summary>
    public bool Passed => Completed && Stars >= 1;

    /// <summary>The last moment anything happened in the attempt: its end, else its last stored turn,
    /// else its start.</summary>
    public DateTimeOffset LastActivity =>
        EndedAt ?? (Turns.Count > 0 ? Max(StartedAt, Turns[^1].AnsweredAt) : StartedAt);

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a >= b ? a : b;
}
