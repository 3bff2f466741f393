using System.Globalization;
using System.Text.Json;

namespace TrainingSim.Interchange.Export;

/// <summary>Checks a statement against the xAPI 1.0.3 rules TrainingSim relies on: only defined top-level
/// properties, no nulls outside extensions, a UUID id, an actor with exactly one identifier (an account of
/// an absolute homePage IRI and a name), verb/activity/extension ids that are absolute IRIs, language maps,
/// <c>score.scaled</c> in -1..1 and <c>raw</c> within <c>min..max</c>, ISO 8601 durations and timestamps,
/// a UUID registration. Returns the problems, empty when valid.</summary>
public static class XapiValidator
{
    private static readonly HashSet<string> TopLevel =
        ["id", "actor", "verb", "object", "result", "context", "timestamp", "stored", "authority", "version", "attachments"];

    private static readonly string[] Identifiers = ["mbox", "mbox_sha1sum", "openid", "account"];

    public static IReadOnlyList<string> Validate(JsonElement statement)
    {
        var problems = new List<string>();
        if (statement.ValueKind != JsonValueKind.Object)
        {
            problems.Add("a statement must be a JSON object");
            return problems;
        }

        foreach (var property in statement.EnumerateObject())
        {
            if (!TopLevel.Contains(property.Name))
                problems.Add($"unknown property '{property.Name}'");
        }

        NoNulls(statement, "", problems);
        if (Optional(statement, "id") is { } id && !IsUuid(id))
            problems.Add("id must be a UUID string");
        if (Optional(statement, "version") is { } version
            && (version.ValueKind != JsonValueKind.String || !version.GetString()!.StartsWith("1.0", StringComparison.Ordinal)))
            problems.Add("version must be 1.0.x");

        CheckActor(Required(statement, "actor", "", problems), problems);
        CheckVerb(Required(statement, "verb", "", problems), problems);
        CheckObject(Required(statement, "object", "", problems), "object", problems);
        if (Optional(statement, "result") is { } result)
            CheckResult(result, problems);
        if (Optional(statement, "context") is { } context)
            CheckContext(context, problems);
        if (Optional(statement, "timestamp") is { } timestamp && !IsTimestamp(timestamp))
            problems.Add("timestamp must be an ISO 8601 date and time");
        return problems;
    }

    private static void CheckActor(JsonElement? actor, List<string> problems)
    {
        if (actor is not { } a)
            return;
        if (a.ValueKind != JsonValueKind.Object)
        {
            problems.Add("actor must be an object");
            return;
        }

        if (Optional(a, "objectType") is { } type && Text(type) is not ("Agent" or "Group"))
            problems.Add("actor.objectType must be Agent or Group");
        var identifiers = Identifiers.Count(i => a.TryGetProperty(i, out _));
        if (identifiers != 1)
            problems.Add($"actor must have exactly one identifier (mbox, mbox_sha1sum, openid, account), found {identifiers}");
        if (Optional(a, "account") is { } account)
        {
            if (account.ValueKind != JsonValueKind.Object)
            {
                problems.Add("actor.account must be an object");
                return;
            }

            Iri(Required(account, "homePage", "actor.account.", problems), "actor.account.homePage", problems);
            if (Required(account, "name", "actor.account.", problems) is { } name
                && (name.ValueKind != JsonValueKind.String || name.GetString()!.Length == 0))
                problems.Add("actor.account.name must be a non-empty string");
        }
    }

    private static void CheckVerb(JsonElement? verb, List<string> problems)
    {
        if (verb is not { } v)
            return;
        if (v.ValueKind != JsonValueKind.Object)
        {
            problems.Add("verb must be an object");
            return;
        }

        Iri(Required(v, "id", "verb.", problems), "verb.id", problems);
        if (Optional(v, "display") is { } display)
            LanguageMap(display, "verb.display", problems);
    }

    private static void CheckObject(JsonElement? activity, string path, List<string> problems)
    {
        if (activity is not { } o)
            return;
        if (o.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{path} must be an object");
            return;
        }

        if (Optional(o, "objectType") is { } type && Text(type) != "Activity")
            problems.Add($"{path}.objectType: only Activity objects are used");
        Iri(Required(o, "id", path + ".", problems), path + ".id", problems);
        if (Optional(o, "definition") is not { } definition)
            return;
        if (definition.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{path}.definition must be an object");
            return;
        }

        if (Optional(definition, "name") is { } name)
            LanguageMap(name, path + ".definition.name", problems);
        if (Optional(definition, "description") is { } description)
            LanguageMap(description, path + ".definition.description", problems);
        if (Optional(definition, "type") is { } definitionType)
            Iri(definitionType, path + ".definition.type", problems);
        if (Optional(definition, "extensions") is { } extensions)
            Extensions(extensions, path + ".definition.extensions", problems);
    }

    private static void CheckResult(JsonElement result, List<string> problems)
    {
        if (result.ValueKind != JsonValueKind.Object)
        {
            problems.Add("result must be an object");
            return;
        }

        if (Optional(result, "score") is { } score)
            CheckScore(score, problems);
        foreach (var flag in new[] { "success", "completion" })
        {
            if (Optional(result, flag) is { } value && value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                problems.Add($"result.{flag} must be true or false");
        }

        if (Optional(result, "response") is { } response && response.ValueKind != JsonValueKind.String)
            problems.Add("result.response must be a string");
        if (Optional(result, "duration") is { } duration
            && (duration.ValueKind != JsonValueKind.String || !IsoDuration.IsValid(duration.GetString()!)))
            problems.Add("result.duration must be an ISO 8601 duration");
        if (Optional(result, "extensions") is { } extensions)
            Extensions(extensions, "result.extensions", problems);
    }

    private static void CheckScore(JsonElement score, List<string> problems)
    {
        if (score.ValueKind != JsonValueKind.Object)
        {
            problems.Add("result.score must be an object");
            return;
        }

        decimal? Number(string name)
        {
            if (Optional(score, name) is not { } value)
                return null;
            if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number))
                return number;
            problems.Add($"result.score.{name} must be a number");
            return null;
        }

        var scaled = Number("scaled");
        var raw = Number("raw");
        var min = Number("min");
        var max = Number("max");
        if (scaled is < -1 or > 1)
            problems.Add("result.score.scaled must be within -1..1");
        if (min is { } low && max is { } high && low >= high)
            problems.Add("result.score.min must be less than max");
        if (raw is { } r && ((min is { } mn && r < mn) || (max is { } mx && r > mx)))
            problems.Add("result.score.raw must be within min..max");
    }

    private static void CheckContext(JsonElement context, List<string> problems)
    {
        if (context.ValueKind != JsonValueKind.Object)
        {
            problems.Add("context must be an object");
            return;
        }

        if (Optional(context, "registration") is { } registration && !IsUuid(registration))
            problems.Add("context.registration must be a UUID string");
        if (Optional(context, "language") is { } language
            && (language.ValueKind != JsonValueKind.String || !IsLanguageTag(language.GetString()!)))
            problems.Add("context.language must be an RFC 5646 language tag");
        if (Optional(context, "contextActivities") is { } activities)
        {
            if (activities.ValueKind != JsonValueKind.Object)
            {
                problems.Add("context.contextActivities must be an object");
            }
            else
            {
                foreach (var kind in activities.EnumerateObject())
                {
                    if (kind.Name is not ("parent" or "grouping" or "category" or "other"))
                        problems.Add($"context.contextActivities.{kind.Name} is not a defined kind");
                    var list = kind.Value.ValueKind == JsonValueKind.Array ? [.. kind.Value.EnumerateArray()] : new[] { kind.Value };
                    foreach (var activity in list)
                        CheckObject(activity, $"context.contextActivities.{kind.Name}", problems);
                }
            }
        }

        if (Optional(context, "extensions") is { } extensions)
            Extensions(extensions, "context.extensions", problems);
    }

    private static void Extensions(JsonElement extensions, string path, List<string> problems)
    {
        if (extensions.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{path} must be an object");
            return;
        }

        foreach (var extension in extensions.EnumerateObject())
        {
            if (!IsAbsoluteIri(extension.Name))
                problems.Add($"{path} key '{extension.Name}' must be an absolute IRI");
        }
    }

    private static void LanguageMap(JsonElement map, string path, List<string> problems)
    {
        if (map.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{path} must be a language map");
            return;
        }

        foreach (var entry in map.EnumerateObject())
        {
            if (!IsLanguageTag(entry.Name))
                problems.Add($"{path} key '{entry.Name}' must be an RFC 5646 language tag");
            if (entry.Value.ValueKind != JsonValueKind.String)
                problems.Add($"{path}.{entry.Name} must be a string");
        }
    }

    private static void Iri(JsonElement? value, string path, List<string> problems)
    {
        if (value is { } v && (v.ValueKind != JsonValueKind.String || !IsAbsoluteIri(v.GetString()!)))
            problems.Add($"{path} must be an absolute IRI");
    }

    private static void NoNulls(JsonElement element, string path, List<string> problems)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Null:
                problems.Add($"{path} must not be null");
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name != "extensions")
                        NoNulls(property.Value, path.Length == 0 ? property.Name : path + "." + property.Name, problems);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                    NoNulls(item, $"{path}[{index++}]", problems);
                break;
        }
    }

    private static string? Text(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static JsonElement? Optional(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) ? value : null;

    private static JsonElement? Required(JsonElement? parent, string name, string path, List<string> problems)
    {
        if (parent is { ValueKind: JsonValueKind.Object } p && p.TryGetProperty(name, out var value))
            return value;
        problems.Add($"{path}{name} is required");
        return null;
    }

    private static bool IsUuid(JsonElement value) =>
        value.ValueKind == JsonValueKind.String && Guid.TryParseExact(value.GetString(), "D", out _);

    private static bool IsTimestamp(JsonElement value) =>
        value.ValueKind == JsonValueKind.String
        && value.GetString()!.Contains('T', StringComparison.Ordinal)
        && DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _);

    internal static bool IsAbsoluteIri(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme.Length > 0 && !text.Any(char.IsWhiteSpace);

    private static bool IsLanguageTag(string tag) =>
        tag.Length > 0 && tag.Split('-').All(part => part.Length is >= 1 and <= 8 && part.All(char.IsAsciiLetterOrDigit))
        && tag.Split('-')[0].All(char.IsAsciiLetter);
}
