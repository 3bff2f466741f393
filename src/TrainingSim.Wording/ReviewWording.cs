using System.Globalization;
using TrainingSim.Core.Progress;
using TrainingSim.Core.Review;

namespace TrainingSim.Wording;

/// <summary>The review loop's wording, for the command line and the trainer's screens alike: why an edit was not
/// made, what it did, and an attempt's score history (re-scored, overridden).</summary>
public sealed class ReviewWording(ResourceText text)
{
    private const int VersionChars = 8;

    public ReviewWording(CultureInfo culture)
        : this(new ResourceText(InterfaceWording.Resources, culture))
    {
    }

    /// <summary>One line: why nothing was written.</summary>
    public string Problem(ReviewOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return text.Format("Review.Problem." + outcome.Problem, outcome.Subject ?? "");
    }

    /// <summary>The lines of a written edit: where, the accepted example's score, the re-scoring.</summary>
    public IEnumerable<string> Written(ReviewOutcome outcome, string what)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        yield return text.Format(outcome.ExampleScore is null ? "Review.PhraseAdded" : "Review.Accepted", outcome.Path, outcome.Line, what);
        if (outcome.ExampleScore is { } score)
        {
            yield return score >= outcome.PassMark
                ? text.Format("Review.ExampleReaches", score, outcome.PassMark)
                : text.Format("Review.ExampleBelow", score, outcome.PassMark, string.Join(", ", outcome.ExampleMissed ?? []));
        }

        foreach (var warning in outcome.Warnings ?? [])
            yield return warning;
        foreach (var line in Rescoring(outcome))
            yield return line;
    }

    /// <summary>How many attempts were re-scored and unchanged, then a line per re-scored attempt.</summary>
    public IEnumerable<string> Rescoring(ReviewOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        yield return text.Format("Review.Rescored", outcome.Rescored.Count, outcome.Unchanged);
        foreach (var attempt in outcome.Rescored)
            yield return text.Format("Review.RescoredAttempt", ReviewHandles.Short(attempt.AttemptId), attempt.Trainee, attempt.Before, attempt.After);
    }

    /// <summary>The attempt's score history, a line each (none for an attempt scored once and never overridden).</summary>
    public IEnumerable<string> History(AttemptRecord attempt)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        if (attempt.Rescore is { } rescore)
        {
            yield return text.Format("Review.ScoreRescored", rescore.OriginalScore, Short(attempt.ScenarioVersion),
                attempt.ScoredScore, Short(rescore.Version));
        }

        if (attempt.Override is { } given)
        {
            yield return text.Format("Review.ScoreOverridden", given.Score, Who(given.By),
                given.At.ToLocalTime().ToString("yyyy-MM-dd HH:mm", text.Culture), given.Comment, given.ScoredScore);
        }
    }

    /// <summary>A stored staff identity (<c>lead</c>, <c>trainer</c>, <c>staff</c>) in the interface language.</summary>
    public string Who(string by) => text["Review.Role." + by];

    public string this[string key] => text[key];

    public string Format(string key, params object?[] args) => text.Format(key, args);

    private static string Short(string version) => version[..Math.Min(VersionChars, version.Length)];
}
