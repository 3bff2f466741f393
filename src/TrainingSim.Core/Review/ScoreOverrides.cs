using TrainingSim.Core.Progress;
using TrainingSim.Core.Scenarios;
using TrainingSim.Core.Security;

namespace TrainingSim.Core.Review;

/// <summary>A staff override of one attempt's score: the score given stands, its stars follow by the star rules
/// (what else a level needs — the end reached, courtesy, the bonus — stays as the call met it), and the rubric's
/// score and who changed it are kept beside it.</summary>
public static class ScoreOverrides
{
    public const int MaxCommentLength = 500;

    /// <summary>The override, or the reason there is none: "unfinished" (the call did not end at an end step or a hang-up),
    /// "score" (not 0..100), "comment" (empty or too long).</summary>
    public static (ScoreOverride? Override, string? Problem) Make(
        AttemptRecord attempt, Scenario? scenario, int score, string comment, string by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        ArgumentNullException.ThrowIfNull(comment);
        if (!attempt.Completed)
            return (null, "unfinished");
        if (score is < 0 or > 100)
            return (null, "score");
        comment = comment.Trim();
        if (comment.Length == 0 || comment.Length > MaxCommentLength)
            return (null, "comment");
        // Without the scenario (a file removed since), the stars cannot be rated again: they stay as scored.
        var stars = scenario is null ? attempt.Stars : Rescorer.Stars(attempt, scenario, score, attempt.Skills);
        return (new ScoreOverride(score, stars, attempt.ScoredScore, attempt.Override?.ScoredStars ?? attempt.Stars,
            by, comment, now), null);
    }

    /// <summary>Who changed a score, as stored: the staff session's role (<c>lead</c>, <c>trainer</c>), or
    /// <c>staff</c> when the database has no staff passphrase set (anyone at the machine).</summary>
    public static string Who(Role? role) => role switch
    {
        Role.Lead => "lead",
        Role.Trainer => "trainer",
        _ => "staff",
    };
}
