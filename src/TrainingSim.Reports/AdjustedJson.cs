using System.Text.Json;
using TrainingSim.Core.Progress;

namespace TrainingSim.Reports;

/// <summary><c>adjusted[]</c> of <c>report --format json</c>: each re-scored or overridden attempt with the score
/// that stands, the score and version it was first scored with, the re-scoring and the override.</summary>
internal static class AdjustedJson
{
    public static void Write(Utf8JsonWriter writer, IReadOnlyList<AttemptRecord> attempts)
    {
        writer.WriteStartArray("adjusted");
        foreach (var attempt in attempts)
        {
            writer.WriteStartObject();
            writer.WriteString("attempt", attempt.Id.ToString("D"));
            writer.WriteString("trainee", attempt.Trainee);
            writer.WriteString("scenario", attempt.ScenarioId);
            writer.WriteNumber("score", attempt.Score);
            writer.WriteNumber("stars", attempt.Stars);
            writer.WriteNumber("first_score", attempt.FirstScore);
            writer.WriteString("first_version", attempt.ScenarioVersion);
            if (attempt.Rescore is { } rescore)
            {
                writer.WriteStartObject("rescored");
                writer.WriteNumber("score", attempt.ScoredScore);
                writer.WriteString("version", rescore.Version);
                writer.WriteString("at", Timestamps.Utc(rescore.At));
                writer.WriteEndObject();
            }
            else
            {
                writer.WriteNull("rescored");
            }

            if (attempt.Override is { } given)
            {
                writer.WriteStartObject("override");
                writer.WriteNumber("score", given.Score);
                writer.WriteNumber("scored", given.ScoredScore);
                writer.WriteString("by", given.By);
                writer.WriteString("comment", given.Comment);
                writer.WriteString("at", Timestamps.Utc(given.At));
                writer.WriteEndObject();
            }
            else
            {
                writer.WriteNull("override");
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
