using TrainingSim.Core.Conversations;
using TrainingSim.Core.Progress;
using TrainingSim.Core.Scenarios;
using TrainingSim.Core.Scoring;

namespace TrainingSim.Core.Review;

/// <summary>Scores a recorded attempt again with an edited scenario. Each free-text reply is scored alone at the
/// step it was given at, as it was given (over time or not, hints or not); choice turns, and replies at steps the
/// file no longer has as free-text steps, keep their record. The path, the moods and the outcome stay as they were:
/// the customer reacted to what was said, and a re-scoring judges the words, it does not replay the call.</summary>
public static class Rescorer
{
    /// <summary>The attempt scored again, carrying the first scoring in <see cref="AttemptRecord.Rescore"/>; null
    /// when the attempt has not ended, or nothing of its scoring changes.</summary>
    public static AttemptRecord? Rescore(AttemptRecord attempt, Scenario scenario, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        ArgumentNullException.ThrowIfNull(scenario);
        if (attempt.Outcome is null || attempt.ScenarioId != scenario.Id)
            return null;

        var changed = false;
        var turns = new List<TurnRecord>(attempt.Turns.Count);
        foreach (var turn in attempt.Turns)
        {
            var again = Score(turn, scenario);
            changed |= !Same(turn, again);
            turns.Add(again);
        }

        if (!changed)
            return null;

        var score = AttemptScorer.Score(turns.Select(t => (t.Net, t.Maximum)));
        var skills = AttemptScorer.Skills(turns.Select(t => t.Skills));
        var stars = Stars(attempt with { Turns = turns }, scenario, score, skills);
        var rescore = new AttemptRescore(
            attempt.Rescore?.OriginalScore ?? attempt.ScoredScore,
            attempt.Rescore?.OriginalStars ?? attempt.Override?.ScoredStars ?? attempt.Stars,
            scenario.VersionHash, now);
        var rescored = attempt with { Turns = turns, Skills = skills, Rescore = rescore };
        return attempt.Override is { } given
            ? rescored with { Override = given with { ScoredScore = score, ScoredStars = stars } }
            : rescored with { Score = score, Stars = stars };
    }

    /// <summary>The stars a score earns on this attempt by the star rules: the end reached, the skills and the bonus
    /// as recorded.</summary>
    public static int Stars(AttemptRecord attempt, Scenario scenario, int score, IReadOnlyDictionary<string, int> skills)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        ArgumentNullException.ThrowIfNull(scenario);
        var reachedEnd = attempt.Completed && attempt.Outcome != Outcomes.HungUp;
        return StarRater.Rate(scenario, reachedEnd, attempt.Outcome, score, skills, attempt.Turns.Any(t => t.BonusMatched)).Stars;
    }

    /// <summary>A free-text turn's reply scored again at its step as it was given, when that gives exactly its stored
    /// scoring (so the evaluation's evidence explains the stored score); null for a choice turn, a step the file no
    /// longer has as a free-text step, or a scoring that differs.</summary>
    public static StepEvaluation? AsStored(TurnRecord turn, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(scenario);
        if (Evaluate(turn, scenario) is not { } evaluation)
            return null;
        return Same(turn, Record(turn, evaluation)) ? evaluation : null;
    }

    private static StepEvaluation? Evaluate(TurnRecord turn, Scenario scenario) =>
        turn.Choice is null && scenario.Steps.GetValueOrDefault(turn.StepId) is FreeTextStep step
            ? ReplyScorer.Score(step, turn.Reply, turn.OverTime, turn.HintUsed)
            : null;

    private static TurnRecord Score(TurnRecord turn, Scenario scenario) =>
        Evaluate(turn, scenario) is { } evaluation ? Record(turn, evaluation) : turn;

    private static TurnRecord Record(TurnRecord turn, StepEvaluation evaluation)
    {
        var score = ScoreMath.Round(evaluation.Score);
        return turn with
        {
            Matched = [.. evaluation.Matched.Select(m => m.Item.Id)],
            Missed = [.. evaluation.Missed.Select(m => m.Id)],
            Penalties = [.. evaluation.Penalties.Select(m => m.Item.Id)],
            TimedOut = [.. evaluation.TimedOut.Select(m => m.Id)],
            BonusMatched = evaluation.BonusEarned,
            Score = score,
            Net = evaluation.Counted,
            Maximum = evaluation.Maximum,
            OverTimeLoss = evaluation.OverTimeLoss,
            Skills = evaluation.Skills.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal),
            OriginalScore = turn.OriginalScore ?? (score != turn.Score ? turn.Score : null),
        };
    }

    private static bool Same(TurnRecord a, TurnRecord b) =>
        a.Score == b.Score && a.Net == b.Net && a.Maximum == b.Maximum && a.BonusMatched == b.BonusMatched
        && a.Matched.SequenceEqual(b.Matched) && a.Missed.SequenceEqual(b.Missed) && a.Penalties.SequenceEqual(b.Penalties)
        && a.Skills.Count == b.Skills.Count && a.Skills.All(kv => b.Skills.TryGetValue(kv.Key, out var t) && t == kv.Value);
}
