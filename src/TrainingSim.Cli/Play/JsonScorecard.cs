using System.Text.Json;
using TrainingSim.Core.Conversations;
using TrainingSim.Core.Scoring;

namespace TrainingSim.Cli.Play;

/// <summary><c>play --format json</c>: one object when the call is over, with exactly the fields of the
/// command line contract (scenario, outcome, success, score, stars, skills, final_mood, turns).</summary>
public sealed class JsonScorecard(TextWriter output) : IPlayObserver
{
    public void Started(Conversation conversation)
    {
    }

    public void Answered(Conversation conversation, TurnResult turn, int moodBefore)
    {
    }

    public void Finished(Conversation conversation, AttemptResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        output.WriteLine(Write(result));
        output.Flush();
    }

    public static string Write(AttemptResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return JsonText.Write(json =>
        {
            json.WriteStartObject();
            json.WriteString("scenario", result.ScenarioId);
            json.WriteString("outcome", result.Outcome ?? Outcomes.Abandoned);
            json.WriteBoolean("success", result.Success);
            json.WriteNumber("score", result.Score);
            json.WriteNumber("stars", result.Stars);
            json.WriteStartObject("skills");
            foreach (var (skill, score) in result.Skills)
                json.WriteNumber(skill, score);
            json.WriteEndObject();
            json.WriteNumber("final_mood", result.FinalMood);
            json.WriteStartArray("turns");
            foreach (var turn in result.Turns)
                WriteTurn(json, turn);
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static void WriteTurn(Utf8JsonWriter json, TurnResult turn)
    {
        json.WriteStartObject();
        json.WriteString("step", turn.StepId);
        json.WriteString("reply", turn.Reply);
        if (turn.Choice is { } choice)
            json.WriteNumber("choice", choice);
        json.WriteNumber("score", ScoreMath.Round(turn.Score));
        WriteIds(json, "matched", turn.Matched.Select(m => m.Item.Id));
        WriteIds(json, "missed", turn.Missed.Select(m => m.Id));
        WriteIds(json, "penalties", turn.Penalties.Select(m => m.Item.Id));
        if (turn.TimedOut.Count > 0)
            WriteIds(json, "timed_out", turn.TimedOut.Select(m => m.Id));
        json.WriteNumber("mood", turn.MoodAfter);
        json.WriteEndObject();
    }

    private static void WriteIds(Utf8JsonWriter json, string name, IEnumerable<string> ids)
    {
        json.WriteStartArray(name);
        foreach (var id in ids)
            json.WriteStringValue(id);
        json.WriteEndArray();
    }
}
