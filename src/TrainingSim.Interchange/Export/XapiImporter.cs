using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using TrainingSim.Core.Conversations;
using TrainingSim.Core.Progress;

namespace TrainingSim.Interchange.Export;

/// <summary>Reads statements written by <see cref="XapiExporter"/> (from one or many files) back into
/// attempts. Malformed input is data: each bad line gives one <c>file:line: message</c> error; so does a value
/// out of range (stars 0–3, scores 0–100, indexes ≥ 0, no time later than the import plus
/// <see cref="FutureTolerance"/>). A statement id seen again with other content is a conflict (listed in
/// <see cref="XapiImportBatch.Conflicts"/>); seen again with the same content, a duplicate.</summary>
public sealed class XapiImporter(TimeProvider? clock = null)
{
    /// <summary>How far ahead of this machine's clock a statement's time may be (another machine's clock may run fast).</summary>
    public static readonly TimeSpan FutureTolerance = TimeSpan.FromDays(1);

    private readonly Dictionary<Guid, Registration> _registrations = [];
    private readonly Dictionary<Guid, (string Where, string Hash)> _seen = [];
    private readonly List<string> _errors = [];
    private readonly List<string> _conflicts = [];
    private readonly DateTimeOffset _latest = (clock ?? TimeProvider.System).GetUtcNow() + FutureTolerance;
    private int _statements;
    private int _duplicates;

    /// <summary>Reads one file's lines (blank lines are skipped).</summary>
    public void Read(string path, TextReader reader)
    {
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            var where = $"{path}:{lineNumber}";
            try
            {
                using var document = JsonDocument.Parse(line);
                ReadStatement(document.RootElement, where, line.Trim());
            }
            catch (JsonException e)
            {
                _errors.Add($"{where}: not a JSON statement ({Reason(e)})");
            }
            catch (FormatException e)
            {
                _errors.Add($"{where}: {e.Message}");
            }
            catch (InvalidOperationException e)
            {
                // A value of an unexpected JSON kind that no rule above named: still one line, never a crash.
                _errors.Add($"{where}: not a statement TrainingSim can read ({e.Message})");
            }
        }
    }

    /// <summary>Reads one statement (from an LRS, say); <paramref name="where"/> names it in errors.</summary>
    public void Read(JsonElement statement, string where)
    {
        try
        {
            ReadStatement(statement, where, statement.GetRawText());
        }
        catch (FormatException e)
        {
            _errors.Add($"{where}: {e.Message}");
        }
        catch (InvalidOperationException e)
        {
            _errors.Add($"{where}: not a statement TrainingSim can read ({e.Message})");
        }
    }

    public XapiImportBatch Finish()
    {
        var attempts = new List<AttemptRecord>();
        var ids = new Dictionary<Guid, IReadOnlySet<Guid>>();
        var continuations = new HashSet<Guid>();
        foreach (var (id, registration) in _registrations)
        {
            if (registration.Header is null)
                continue;
            attempts.Add(registration.Build(id));
            ids[id] = registration.StatementIds;
            if (registration.StartedAt is null)
                continuations.Add(id);
        }

        attempts.Sort((a, b) => a.StartedAt != b.StartedAt ? a.StartedAt.CompareTo(b.StartedAt) : a.Id.CompareTo(b.Id));
        return new XapiImportBatch(attempts, ids, _statements, _duplicates, [.. _errors], continuations) { Conflicts = [.. _conflicts] };
    }

    private static string Reason(JsonException e) =>
        e.BytePositionInLine is { } column ? $"invalid JSON at column {column + 1}" : "invalid JSON";

    private void ReadStatement(JsonElement statement, string where, string text)
    {
        var problems = XapiValidator.Validate(statement);
        if (problems.Count > 0)
        {
            _errors.Add($"{where}: {problems[0]}");
            return;
        }

        var id = Guid(Property(statement, "id"), "id");
        _statements++;
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        if (_seen.TryGetValue(id, out var first))
        {
            if (first.Hash == hash)
                _duplicates++;
            else
                _conflicts.Add($"{where}: statement {id:D} appears again with other content (first at {first.Where}); neither is imported");
            return;
        }

        _seen[id] = (where, hash);

        var verb = Text(Property(Property(statement, "verb"), "id"), "verb.id");
        var context = Property(statement, "context");
        var registrationId = Guid(Property(context, "registration"), "context.registration");
        var extensions = Property(context, "extensions");
        var trainee = Text(Property(Property(Property(statement, "actor"), "account"), "name"), "actor.account.name");
        if (!_registrations.TryGetValue(registrationId, out var registration))
        {
            registration = new Registration(where);
            _registrations.Add(registrationId, registration);
        }

        registration.StatementIds.Add(id);
        var header = new Header(
            trainee,
            OptionalText(extensions, XapiVocabulary.CohortExtension),
            Text(Property(extensions, XapiVocabulary.ScenarioExtension), "scenario extension"),
            Text(Property(extensions, XapiVocabulary.ScenarioVersionExtension), "scenario-version extension"),
            Text(Property(extensions, XapiVocabulary.ModeExtension), "mode extension") switch
            {
                "practice" => PlayMode.Practice,
                "exam" => PlayMode.Exam,
                var other => throw new FormatException($"unknown mode '{other}'"),
            });
        if (registration.Header is null)
            registration.Header = header;
        else if (registration.Header != header)
            throw new FormatException($"statement disagrees with earlier statements of attempt {registrationId:D} ({registration.FirstSeen})");

        switch (verb)
        {
            case XapiVocabulary.Attempted:
                registration.StartedAt = NotAfter(Moment(Property(statement, "timestamp"), "timestamp"), "timestamp");
                break;
            case XapiVocabulary.Answered:
                var turn = ReadTurn(Property(statement, "result"));
                NotAfter(turn.AnsweredAt, "answered_at");
                if (!registration.Turns.TryAdd(turn.Index, turn))
                    throw new FormatException($"turn {turn.Index} of attempt {registrationId:D} appears twice with different ids");
                break;
            case XapiVocabulary.Completed:
            case XapiVocabulary.Terminated:
                registration.Finish = ReadFinish(Property(statement, "result"));
                if (registration.Finish.EndedAt is { } ended)
                    NotAfter(ended, "ended_at");
                break;
            case XapiVocabulary.Passed:
            case XapiVocabulary.Failed:
                break;
            default:
                throw new FormatException($"verb {verb} is not one TrainingSim exports");
        }
    }

    private static TurnRecord ReadTurn(JsonElement result)
    {
        var extensions = Property(result, "extensions");
        var turn = Property(extensions, XapiVocabulary.TurnExtension);
        var skills = new Dictionary<string, SkillTally>(StringComparer.Ordinal);
        foreach (var skill in Property(extensions, XapiVocabulary.SkillsExtension).EnumerateObject())
        {
            var tally = skill.Value.ValueKind == JsonValueKind.Array && skill.Value.GetArrayLength() == 2
                ? skill.Value.EnumerateArray().Select(v => Int(v, "skill tally")).ToArray()
                : throw new FormatException($"skill {skill.Name} must be [net, maximum]");
            skills[skill.Name] = new SkillTally(tally[0], tally[1]);
        }

        return new TurnRecord
        {
            Index = Int(Property(turn, "index"), "turn index", 0, int.MaxValue),
            StepId = Text(Property(turn, "step"), "turn step"),
            // A choice turn's response is the choice's number; its text is in the turn extension.
            Reply = OptionalText(turn, "reply") ?? Text(Property(result, "response"), "result.response"),
            Choice = turn.TryGetProperty("choice", out var choice) ? Int(choice, "turn choice") : null,
            SecondsTaken = turn.TryGetProperty("seconds_taken", out var seconds) ? Double(seconds, "seconds_taken") : null,
            OverTime = Bool(Property(turn, "over_time"), "over_time"),
            OverTimeLoss = Int(Property(turn, "over_time_loss"), "over_time_loss"),
            Matched = Strings(Property(turn, "matched"), "matched"),
            Missed = Strings(Property(turn, "missed"), "missed"),
            Penalties = Strings(Property(turn, "penalties"), "penalties"),
            HintUsed = Bool(Property(turn, "hint_used"), "hint_used"),
            BonusMatched = Bool(Property(turn, "bonus_matched"), "bonus_matched"),
            Score = Int(Property(turn, "score"), "turn score", 0, 100),
            Net = Int(Property(turn, "net"), "turn net"),
            Maximum = Int(Property(turn, "maximum"), "turn maximum"),
            Skills = skills,
            MoodAfter = Int(Property(turn, "mood_after"), "mood_after", 0, 100),
            NextStepId = OptionalText(turn, "next_step"),
            HungUp = Bool(Property(turn, "hung_up"), "hung_up"),
            AnsweredAt = Moment(Property(turn, "answered_at"), "answered_at"),
            OriginalScore = turn.TryGetProperty("original_score", out var original) ? Int(original, "original_score", 0, 100) : null,
        };
    }

    private static Ending ReadFinish(JsonElement result)
    {
        var extensions = Property(result, "extensions");
        var attempt = Property(extensions, XapiVocabulary.AttemptExtension);
        var skills = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var skill in Property(extensions, XapiVocabulary.SkillsExtension).EnumerateObject())
            skills[skill.Name] = Int(skill.Value, "skill score", 0, 100);
        return new Ending(
            OptionalText(attempt, "outcome"),
            Bool(Property(attempt, "success"), "success"),
            Int(Property(attempt, "score"), "score", 0, 100),
            Int(Property(attempt, "stars"), "stars", 0, 3),
            skills,
            attempt.TryGetProperty("ended_at", out var ended) ? Moment(ended, "ended_at") : null)
        {
            Review = extensions.TryGetProperty(XapiVocabulary.ReviewExtension, out var review) ? ReadReview(review) : default,
        };
    }

    /// <summary>The score-review extension (<see cref="XapiReviewExtension"/>): the re-scoring and the override.</summary>
    private static (AttemptRescore?, ScoreOverride?) ReadReview(JsonElement review)
    {
        AttemptRescore? rescore = null;
        if (review.TryGetProperty("rescored_version", out var version))
        {
            rescore = new AttemptRescore(
                Int(Property(review, "original_score"), "original_score", 0, 100),
                Int(Property(review, "original_stars"), "original_stars", 0, 3),
                Text(version, "rescored_version"),
                Moment(Property(review, "rescored_at"), "rescored_at"));
        }

        ScoreOverride? given = null;
        if (review.TryGetProperty("override", out var o))
        {
            given = new ScoreOverride(
                Int(Property(o, "score"), "override score", 0, 100),
                Int(Property(o, "stars"), "override stars", 0, 3),
                Int(Property(o, "scored"), "override scored", 0, 100),
                Int(Property(o, "scored_stars"), "override scored_stars", 0, 3),
                Text(Property(o, "by"), "override by"),
                Text(Property(o, "comment"), "override comment"),
                Moment(Property(o, "at"), "override at"));
        }

        return (rescore, given);
    }

    private static JsonElement Property(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value)
            ? value
            : throw new FormatException($"missing '{name}'");

    private static string Text(JsonElement value, string what) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : throw new FormatException($"{what} must be a string");

    private static string? OptionalText(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? Text(value, name) : null;

    private static int Int(JsonElement value, string what) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)
            ? number
            : throw new FormatException($"{what} must be an integer");

    private static int Int(JsonElement value, string what, int minimum, int maximum)
    {
        var number = Int(value, what);
        return number >= minimum && number <= maximum
            ? number
            : throw new FormatException(string.Create(CultureInfo.InvariantCulture,
                $"{what} is {number}, outside {minimum}–{(maximum == int.MaxValue ? "" : maximum.ToString(CultureInfo.InvariantCulture))}"));
    }

    private DateTimeOffset NotAfter(DateTimeOffset moment, string what) =>
        moment <= _latest
            ? moment
            : throw new FormatException($"{what} {moment:yyyy-MM-dd'T'HH:mm:ssK} is in the future (later than this machine's clock allows)");

    private static double Double(JsonElement value, string what) =>
        value.ValueKind == JsonValueKind.Number ? value.GetDouble() : throw new FormatException($"{what} must be a number");

    private static bool Bool(JsonElement value, string what) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw new FormatException($"{what} must be true or false"),
    };

    private static string[] Strings(JsonElement value, string what) =>
        value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Select(v => Text(v, what))]
            : throw new FormatException($"{what} must be a list");

    private static Guid Guid(JsonElement value, string what) =>
        System.Guid.TryParseExact(Text(value, what), "D", out var id) ? id : throw new FormatException($"{what} must be a UUID");

    private static DateTimeOffset Moment(JsonElement value, string what) =>
        DateTimeOffset.TryParse(Text(value, what), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment)
            ? moment
            : throw new FormatException($"{what} must be an ISO 8601 date and time");

    private sealed record Header(string Trainee, string? Cohort, string ScenarioId, string ScenarioVersion, PlayMode Mode);

    private sealed record Ending(
        string? Outcome, bool Success, int Score, int Stars, IReadOnlyDictionary<string, int> Skills, DateTimeOffset? EndedAt)
    {
        public (AttemptRescore? Rescore, ScoreOverride? Override) Review { get; init; }
    }

    private sealed class Registration(string firstSeen)
    {
        public string FirstSeen { get; } = firstSeen;
        public HashSet<Guid> StatementIds { get; } = [];
        public Header? Header { get; set; }
        public DateTimeOffset? StartedAt { get; set; }
        public SortedDictionary<int, TurnRecord> Turns { get; } = [];
        public Ending? Finish { get; set; }

        /// <summary>The attempt as read; without its <c>attempted</c> statement its start is unknown (MinValue).</summary>
        public AttemptRecord Build(Guid id)
        {
            var header = Header!;
            return new AttemptRecord
            {
                Id = id,
                Trainee = header.Trainee,
                Cohort = header.Cohort,
                ScenarioId = header.ScenarioId,
                ScenarioVersion = header.ScenarioVersion,
                Mode = header.Mode,
                StartedAt = StartedAt ?? DateTimeOffset.MinValue,
                EndedAt = Finish?.EndedAt,
                Outcome = Finish?.Outcome,
                Success = Finish?.Success ?? false,
                Score = Finish?.Score ?? 0,
                Stars = Finish?.Stars ?? 0,
                Skills = Finish?.Skills ?? new Dictionary<string, int>(),
                Turns = [.. Turns.Values],
                Rescore = Finish?.Review.Rescore,
                Override = Finish?.Review.Override,
            };
        }
    }
}
