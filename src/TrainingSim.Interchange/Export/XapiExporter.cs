using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using TrainingSim.Core.Serialization;
using TrainingSim.Core.Progress;
using TrainingSim.Core.Scenarios;

namespace TrainingSim.Interchange.Export;

/// <summary>Writes attempts as xAPI 1.0.3 statements, one JSON object a line: <c>attempted</c>, one
/// <c>answered</c> per turn, then <c>completed</c> and <c>passed</c>/<c>failed</c> (passed = at least one star)
/// for an attempt that ended, or <c>terminated</c> for an abandoned one. Statement ids are deterministic
/// (<see cref="XapiVocabulary.StatementId"/>); the extensions carry every stored field so
/// <see cref="XapiImporter"/> rebuilds the attempt exactly. The shapes are documented in docs/xapi.md.</summary>
/// <remarks>A statement's bytes depend only on the stored attempt and the scenario it names, so composing
/// it again (export after sync) gives the same bytes as long as the scenario's file is unchanged.</remarks>
public sealed class XapiExporter(IReadOnlyDictionary<string, Scenario>? scenarios = null)
{
    /// <summary>ASCII only (everything else as \uXXXX): Learning Locker's xAPI service decodes a request body a
    /// network chunk at a time, so a Chinese character split between two chunks is stored as two U+FFFD (seen
    /// in the fault tests). ASCII bytes cannot be split, and the JSON means the same.</summary>
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.BasicLatin),
        Indented = false,
    };

    /// <summary>Writes the statements of every attempt (UTF-8, LF after each) and returns how many.</summary>
    public long Write(Stream output, IEnumerable<AttemptRecord> attempts)
    {
        long count = 0;
        using var writer = new Utf8JsonWriter(output, Options);
        foreach (var attempt in attempts)
        {
            foreach (var verb in Verbs(attempt))
            {
                WriteStatement(writer, attempt, verb.Verb, verb.Turn);
                writer.Flush();
                writer.Reset();
                output.WriteByte((byte)'\n');
                count++;
            }
        }

        return count;
    }

    /// <summary>Writes the statements to a text writer (standard output, say), an attempt at a time.</summary>
    public long Write(TextWriter output, IEnumerable<AttemptRecord> attempts)
    {
        long count = 0;
        using var buffer = new MemoryStream();
        foreach (var attempt in attempts)
        {
            buffer.SetLength(0);
            count += Write(buffer, [attempt]);
            output.Write(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        }

        return count;
    }

    /// <summary>The statement of an attempt that has just started: <c>attempted</c>.</summary>
    public XapiStatement Started(AttemptRecord attempt) => Compose(attempt, XapiVocabulary.Attempted, null);

    /// <summary>The statement of one answered turn: <c>answered</c>.</summary>
    public XapiStatement Answered(AttemptRecord attempt, TurnRecord turn) => Compose(attempt, XapiVocabulary.Answered, turn);

    /// <summary>The statements of an attempt that has ended: <c>completed</c> and <c>passed</c>/<c>failed</c>, or
    /// <c>terminated</c> when abandoned.</summary>
    public IReadOnlyList<XapiStatement> Finished(AttemptRecord attempt) =>
        [.. Verbs(attempt).Where(v => v.Verb is not (XapiVocabulary.Attempted or XapiVocabulary.Answered))
            .Select(v => Compose(attempt, v.Verb, null))];

    /// <summary>The ids of the statements an attempt exports as, in order.</summary>
    public static IEnumerable<Guid> StatementIds(AttemptRecord attempt) =>
        Verbs(attempt).Select(v => XapiVocabulary.StatementId(attempt.Id, v.Verb, v.Turn?.Index));

    private XapiStatement Compose(AttemptRecord attempt, string verb, TurnRecord? turn)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
            WriteStatement(writer, attempt, verb, turn);
        return new XapiStatement(XapiVocabulary.StatementId(attempt.Id, verb, turn?.Index), verb, turn?.Index, buffer.ToArray());
    }

    private static IEnumerable<(string Verb, TurnRecord? Turn)> Verbs(AttemptRecord attempt)
    {
        yield return (XapiVocabulary.Attempted, null);
        foreach (var turn in attempt.Turns)
            yield return (XapiVocabulary.Answered, turn);
        if (attempt.Completed)
        {
            yield return (XapiVocabulary.Completed, null);
            yield return (attempt.Stars >= 1 ? XapiVocabulary.Passed : XapiVocabulary.Failed, null);
        }
        else
        {
            yield return (XapiVocabulary.Terminated, null);
        }
    }

    private void WriteStatement(Utf8JsonWriter w, AttemptRecord attempt, string verb, TurnRecord? turn)
    {
        var scenario = scenarios?.GetValueOrDefault(attempt.ScenarioId);
        var language = scenario?.Language is { Length: > 0 } l ? l : "und";

        w.WriteStartObject();
        w.WriteString("id", XapiVocabulary.StatementId(attempt.Id, verb, turn?.Index).ToString("D"));
        w.WriteString("version", XapiVocabulary.Version);

        w.WriteStartObject("actor");
        w.WriteString("objectType", "Agent");
        w.WriteString("name", attempt.Trainee);
        w.WriteStartObject("account");
        w.WriteString("homePage", XapiVocabulary.AccountHomePage);
        w.WriteString("name", attempt.Trainee);
        w.WriteEndObject();
        w.WriteEndObject();

        w.WriteStartObject("verb");
        w.WriteString("id", verb);
        w.WriteStartObject("display");
        w.WriteString("en-US", XapiVocabulary.VerbName(verb));
        w.WriteEndObject();
        w.WriteEndObject();

        if (turn is null)
            WriteScenarioActivity(w, "object", attempt.ScenarioId, scenario, language);
        else
            WriteStepActivity(w, attempt.ScenarioId, turn, scenario, language);

        if (turn is not null)
            WriteAnswerResult(w, turn);
        else if (verb != XapiVocabulary.Attempted)
            WriteAttemptResult(w, attempt, verb);

        WriteContext(w, attempt, language, turn is not null);
        w.WriteString("timestamp", Stamp(Timestamp(attempt, verb, turn)));
        w.WriteEndObject();
    }

    private static DateTimeOffset Timestamp(AttemptRecord attempt, string verb, TurnRecord? turn)
    {
        if (turn is not null)
            return turn.AnsweredAt == default ? attempt.StartedAt : turn.AnsweredAt;
        if (verb == XapiVocabulary.Attempted)
            return attempt.StartedAt;
        var lastAnswer = attempt.Turns.Count > 0 ? attempt.Turns[^1].AnsweredAt : default;
        return attempt.EndedAt ?? (lastAnswer == default ? attempt.StartedAt : lastAnswer);
    }

    private static void WriteScenarioActivity(
        Utf8JsonWriter w, string property, string scenarioId, Scenario? scenario, string language)
    {
        w.WriteStartObject(property);
        w.WriteString("objectType", "Activity");
        w.WriteString("id", XapiVocabulary.ScenarioIri(scenarioId));
        w.WriteStartObject("definition");
        w.WriteString("type", XapiVocabulary.ScenarioType);
        w.WriteStartObject("name");
        w.WriteString(language, scenario?.Title ?? scenarioId);
        w.WriteEndObject();
        if (scenario?.Brief is { Length: > 0 } brief)
        {
            w.WriteStartObject("description");
            w.WriteString(language, brief);
            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteStepActivity(Utf8JsonWriter w, string scenarioId, TurnRecord turn, Scenario? scenario, string language)
    {
        var step = scenario?.Steps.GetValueOrDefault(turn.StepId);
        w.WriteStartObject("object");
        w.WriteString("objectType", "Activity");
        w.WriteString("id", XapiVocabulary.StepIri(scenarioId, turn.StepId));
        w.WriteStartObject("definition");
        w.WriteString("type", XapiVocabulary.InteractionType);
        w.WriteStartObject("name");
        w.WriteString(language, scenario is null ? $"{scenarioId} / {turn.StepId}" : $"{scenario.Title} / {turn.StepId}");
        w.WriteEndObject();
        if (step?.Say is { Length: > 0 } say)
        {
            w.WriteStartObject("description");
            w.WriteString(language, say);
            w.WriteEndObject();
        }

        w.WriteString("interactionType", turn.Choice is null ? XapiVocabulary.LongFillIn : XapiVocabulary.ChoiceInteraction);
        if (turn.Choice is not null && step is ChoiceStep choices)
        {
            w.WriteStartArray("choices");
            for (var i = 0; i < choices.Choices.Count; i++)
            {
                w.WriteStartObject();
                w.WriteString("id", (i + 1).ToString(CultureInfo.InvariantCulture));
                w.WriteStartObject("description");
                w.WriteString(language, choices.Choices[i].Text);
                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteScore(Utf8JsonWriter w, int score)
    {
        var raw = Math.Clamp(score, 0, 100);
        w.WriteStartObject("score");
        w.WriteNumber("scaled", raw / 100m);
        w.WriteNumber("raw", raw);
        w.WriteNumber("min", 0);
        w.WriteNumber("max", 100);
        w.WriteEndObject();
    }

    private static void WriteAnswerResult(Utf8JsonWriter w, TurnRecord turn)
    {
        w.WriteStartObject("result");
        WriteScore(w, turn.Score);
        // long-fill-in: the reply itself; choice: the chosen choice's id (its number), the text in the extension.
        w.WriteString("response", turn.Choice is { } number ? number.ToString(CultureInfo.InvariantCulture) : turn.Reply);
        if (turn.SecondsTaken is { } seconds)
            w.WriteString("duration", IsoDuration.Format(TimeSpan.FromSeconds(seconds)));
        w.WriteStartObject("extensions");
        w.WriteStartObject(XapiVocabulary.SkillsExtension);
        foreach (var (skill, tally) in turn.Skills)
        {
            w.WriteStartArray(skill);
            w.WriteNumberValue(tally.Net);
            w.WriteNumberValue(tally.Maximum);
            w.WriteEndArray();
        }

        w.WriteEndObject();
        w.WriteStartObject(XapiVocabulary.TurnExtension);
        w.WriteNumber("index", turn.Index);
        w.WriteString("step", turn.StepId);
        if (turn.Choice is { } choice)
        {
            w.WriteNumber("choice", choice);
            w.WriteString("reply", turn.Reply);
        }
        if (turn.SecondsTaken is { } taken)
            w.WriteNumber("seconds_taken", taken);
        w.WriteBoolean("over_time", turn.OverTime);
        w.WriteNumber("over_time_loss", turn.OverTimeLoss);
        JsonText.WriteStrings(w, "matched", turn.Matched);
        JsonText.WriteStrings(w, "missed", turn.Missed);
        JsonText.WriteStrings(w, "penalties", turn.Penalties);
        w.WriteBoolean("hint_used", turn.HintUsed);
        w.WriteBoolean("bonus_matched", turn.BonusMatched);
        w.WriteNumber("score", turn.Score);
        w.WriteNumber("net", turn.Net);
        w.WriteNumber("maximum", turn.Maximum);
        w.WriteNumber("mood_after", turn.MoodAfter);
        if (turn.NextStepId is { } next)
            w.WriteString("next_step", next);
        w.WriteBoolean("hung_up", turn.HungUp);
        w.WriteString("answered_at", Stamp(turn.AnsweredAt));
        if (turn.OriginalScore is { } original)
            w.WriteNumber("original_score", original);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>cmi5's rules: <c>completed</c> carries <c>completion</c> and no success or score; <c>passed</c> and
    /// <c>failed</c> carry <c>success</c> and the score and no completion; all carry the duration when known. The
    /// stored ending (outcome, stars, skills) rides on <c>completed</c> or <c>terminated</c>.</summary>
    private static void WriteAttemptResult(Utf8JsonWriter w, AttemptRecord attempt, string verb)
    {
        w.WriteStartObject("result");
        var judged = verb is XapiVocabulary.Passed or XapiVocabulary.Failed;
        if (judged)
        {
            WriteScore(w, attempt.Score);
            w.WriteBoolean("success", verb == XapiVocabulary.Passed);
        }
        else if (verb == XapiVocabulary.Completed)
        {
            w.WriteBoolean("completion", true);
        }

        if (attempt.EndedAt is { } ended)
            w.WriteString("duration", IsoDuration.Format(ended - attempt.StartedAt));
        if (judged && XapiReviewExtension.Applies(attempt))
        {
            w.WriteStartObject("extensions");
            XapiReviewExtension.Write(w, attempt);
            w.WriteEndObject();
        }

        if (!judged)
        {
            w.WriteStartObject("extensions");
            if (XapiReviewExtension.Applies(attempt))
                XapiReviewExtension.Write(w, attempt);
            w.WriteStartObject(XapiVocabulary.SkillsExtension);
            foreach (var (skill, score) in attempt.Skills)
                w.WriteNumber(skill, score);
            w.WriteEndObject();
            w.WriteStartObject(XapiVocabulary.AttemptExtension);
            if (attempt.Outcome is { } outcome)
                w.WriteString("outcome", outcome);
            w.WriteBoolean("success", attempt.Success);
            w.WriteNumber("score", attempt.Score);
            w.WriteNumber("stars", attempt.Stars);
            if (attempt.EndedAt is { } endedAt)
                w.WriteString("ended_at", Stamp(endedAt));
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void WriteContext(Utf8JsonWriter w, AttemptRecord attempt, string language, bool withParent)
    {
        w.WriteStartObject("context");
        w.WriteString("registration", attempt.Id.ToString("D"));
        w.WriteString("platform", XapiVocabulary.Platform);
        if (language != "und")
            w.WriteString("language", language);
        if (withParent)
        {
            w.WriteStartObject("contextActivities");
            w.WriteStartArray("parent");
            w.WriteStartObject();
            w.WriteString("objectType", "Activity");
            w.WriteString("id", XapiVocabulary.ScenarioIri(attempt.ScenarioId));
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteStartObject("extensions");
        w.WriteString(XapiVocabulary.ScenarioExtension, attempt.ScenarioId);
        w.WriteString(XapiVocabulary.ScenarioVersionExtension, attempt.ScenarioVersion);
        if (attempt.Cohort is { } cohort)
            w.WriteString(XapiVocabulary.CohortExtension, cohort);
        w.WriteString(XapiVocabulary.ModeExtension, attempt.Mode == PlayMode.Exam ? "exam" : "practice");
        w.WriteEndObject();
        w.WriteEndObject();
    }

    internal static string Stamp(DateTimeOffset moment) => moment.ToString("o", CultureInfo.InvariantCulture);
}
