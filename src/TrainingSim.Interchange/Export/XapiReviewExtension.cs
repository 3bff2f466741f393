using System.Text.Json;
using TrainingSim.Core.Progress;

namespace TrainingSim.Interchange.Export;

/// <summary>The <c>score-review</c> result extension of a re-scored or overridden attempt (docs/xapi.md): the score
/// it was first given and the version it was played on, the re-scoring's version and time, and the override's score,
/// the rubric's score it replaced, who changed it and why. <c>result.score</c> is the score that stands.</summary>
internal static class XapiReviewExtension
{
    public static bool Applies(AttemptRecord attempt) => attempt.Rescore is not null || attempt.Override is not null;

    public static void Write(Utf8JsonWriter w, AttemptRecord attempt)
    {
        w.WriteStartObject(XapiVocabulary.ReviewExtension);
        w.WriteNumber("original_score", attempt.FirstScore);
        w.WriteNumber("original_stars", attempt.Rescore?.OriginalStars ?? attempt.Override?.ScoredStars ?? attempt.Stars);
        w.WriteString("original_version", attempt.ScenarioVersion);
        if (attempt.Rescore is { } rescore)
        {
            w.WriteNumber("rescored_score", attempt.ScoredScore);
            w.WriteString("rescored_version", rescore.Version);
            w.WriteString("rescored_at", XapiExporter.Stamp(rescore.At));
        }

        if (attempt.Override is { } given)
        {
            w.WriteStartObject("override");
            w.WriteNumber("score", given.Score);
            w.WriteNumber("stars", given.Stars);
            w.WriteNumber("scored", given.ScoredScore);
            w.WriteNumber("scored_stars", given.ScoredStars);
            w.WriteString("by", given.By);
            w.WriteString("comment", given.Comment);
            w.WriteString("at", XapiExporter.Stamp(given.At));
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }
}
