using TrainingSim.Core.Conversations;
using TrainingSim.Core.Scoring;

namespace TrainingSim.Core.Progress;

/// <summary>One answered step as stored, the moment it is answered.</summary>
public sealed record TurnRecord
{
    /// <summary>0-based position in the attempt's turns.</summary>
    public required int Index { get; init; }
    public required string StepId { get; init; }
    /// <summary>The trainee's text, or the chosen choice's text.</summary>
    public required string Reply { get; init; }
    /// <summary>1-based choice number for a choice step.</summary>
    public int? Choice { get; init; }
    /// <summary>The choices' 1-based numbers in the order they were shown when the front end shuffled them
    /// (the text UI does, per attempt); empty when shown in the file's order.</summary>
    public IReadOnlyList<int> ChoiceOrder { get; init; } = [];
    public double? SecondsTaken { get; init; }
    public bool OverTime { get; init; }
    /// <summary>Points lost for answering after <c>reply_seconds</c>.</summary>
    public int OverTimeLoss { get; init; }
    /// <summary>Ids of the rubric items that matched.</summary>
    public IReadOnlyList<string> Matched { get; init; } = [];
    /// <summary>Ids of the positive items (bonus included) that did not match.</summary>
    public IReadOnlyList<string> Missed { get; init; } = [];
    /// <summary>Ids of the penalty items that matched.</summary>
    public IReadOnlyList<string> Penalties { get; init; } = [];
    /// <summary>Ids of the items a regex time-out kept from matching (also in <see cref="Missed"/> when positive).</summary>
    public IReadOnlyList<string> TimedOut { get; init; } = [];
    public bool HintUsed { get; init; }
    public bool BonusMatched { get; init; }
    /// <summary>Rounded step score 0..100.</summary>
    public required int Score { get; init; }
    public required int Net { get; init; }
    public required int Maximum { get; init; }
    /// <summary>Skill id → (net, maximum) of this step, so an unfinished attempt can still be scored.</summary>
    public IReadOnlyDictionary<string, SkillTally> Skills { get; init; } = new Dictionary<string, SkillTally>();
    public required int MoodAfter { get; init; }
    /// <summary>The step entered next, or null when the customer hung up.</summary>
    public string? NextStepId { get; init; }
    public bool HungUp { get; init; }
    public DateTimeOffset AnsweredAt { get; init; }
    /// <summary>The step score first given, when a re-scoring changed it; null otherwise.</summary>
    public int? OriginalScore { get; init; }

    /// <summary>What the engine produced for a turn, as stored.</summary>
    public static TurnRecord From(TurnResult turn, DateTimeOffset answeredAt)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return new TurnRecord
        {
            Index = turn.Index,
            StepId = turn.StepId,
            Reply = turn.Reply,
            Choice = turn.Choice,
            SecondsTaken = turn.Elapsed?.TotalSeconds,
            OverTime = turn.OverTime,
            OverTimeLoss = turn.OverTimeLoss,
            Matched = [.. turn.Matched.Select(m => m.Item.Id)],
            Missed = [.. turn.Missed.Select(m => m.Id)],
            Penalties = [.. turn.Penalties.Select(m => m.Item.Id)],
            TimedOut = [.. turn.TimedOut.Select(m => m.Id)],
            HintUsed = turn.HintUsed,
            BonusMatched = turn.BonusMatched,
            Score = ScoreMath.Round(turn.Score),
            Net = turn.Net,
            Maximum = turn.Maximum,
            Skills = turn.Skills.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal),
            MoodAfter = turn.MoodAfter,
            NextStepId = turn.NextStepId,
            HungUp = turn.HungUp,
            AnsweredAt = answeredAt,
        };
    }
}
