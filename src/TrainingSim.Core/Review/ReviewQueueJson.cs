using TrainingSim.Core.Serialization;

namespace TrainingSim.Core.Review;

/// <summary><c>review list --format json</c> (fields in docs/cli.md).</summary>
public static class ReviewQueueJson
{
    public static string Write(ReviewQueue queue) => JsonText.Write(json =>
    {
        json.WriteStartObject();
        if (queue.Below is { } below)
            json.WriteNumber("below", below);
        else
            json.WriteNull("below");
        json.WriteStartArray("steps");
        foreach (var step in queue.Steps)
        {
            json.WriteStartObject();
            json.WriteString("scenario", step.ScenarioId);
            json.WriteString("title", step.ScenarioTitle);
            json.WriteString("step", step.StepId);
            json.WriteString("say", step.Say);
            json.WriteNumber("pass_mark", step.PassMark);
            json.WriteStartArray("most_missed");
            foreach (var (item, replies) in step.MostMissed)
            {
                json.WriteStartObject();
                json.WriteString("item", item);
                json.WriteNumber("replies", replies);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("replies");
            foreach (var reply in step.Replies)
            {
                json.WriteStartObject();
                json.WriteString("attempt", reply.AttemptId.ToString("D"));
                json.WriteString("handle", reply.Handle);
                json.WriteNumber("turn", reply.Turn);
                json.WriteString("trainee", reply.Trainee);
                json.WriteString("reply", reply.Reply);
                json.WriteNumber("score", reply.Score);
                json.WriteNumber("recorded_score", reply.RecordedScore);
                JsonText.WriteStrings(json, "missed", reply.Missed);
                JsonText.WriteStrings(json, "penalties", reply.Penalties);
                json.WriteString("answered_at", reply.AnsweredAt.ToString("o", System.Globalization.CultureInfo.InvariantCulture));
                json.WriteNumber("others", reply.Others);
                json.WriteBoolean("accepted", reply.Accepted);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });
}
