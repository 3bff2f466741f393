using System.Text.Json;
using System.Text.Json.Nodes;
using TrainingSim.Interchange.Export;
using static TrainingSim.Core.Tests.Export.ExportSamples;

namespace TrainingSim.Core.Tests.Export;

public class XapiValidatorTests
{
    /// <summary>The <c>failed</c> statement of a hung-up call: it has a score, a success and a duration.</summary>
    private static JsonObject JudgedStatement()
    {
        var lines = XapiRoundTrip.Export([HungUp()]).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return JsonNode.Parse(lines[2])!.AsObject();
    }

    private static IReadOnlyList<string> Validate(JsonObject statement)
    {
        using var document = JsonDocument.Parse(statement.ToJsonString());
        return XapiValidator.Validate(document.RootElement);
    }

    [Fact]
    public void Validate_ExportedStatement_NoProblems() => Assert.Empty(Validate(JudgedStatement()));

    public static TheoryData<string, string> Breakages => new()
    {
        { "scaled", "result.score.scaled must be within -1..1" },
        { "raw", "result.score.raw must be within min..max" },
        { "min", "result.score.min must be less than max" },
        { "verb", "verb.id must be an absolute IRI" },
        { "object", "object.id must be an absolute IRI" },
        { "homePage", "actor.account.homePage must be an absolute IRI" },
        { "identifiers", "actor must have exactly one identifier (mbox, mbox_sha1sum, openid, account), found 2" },
        { "null", "context.platform must not be null" },
        { "registration", "context.registration must be a UUID string" },
        { "extension", "result.extensions key 'skills' must be an absolute IRI" },
        { "duration", "result.duration must be an ISO 8601 duration" },
        { "unknown", "unknown property 'score'" },
        { "actor", "actor is required" },
        { "language", "object.definition.name key 'zh_CN' must be an RFC 5646 language tag" },
        { "timestamp", "timestamp must be an ISO 8601 date and time" },
    };

    [Theory]
    [MemberData(nameof(Breakages))]
    public void Validate_BrokenRule_NamesIt(string breakage, string expected)
    {
        var s = JudgedStatement();
        var result = s["result"]!.AsObject();
        var score = result["score"]!.AsObject();
        switch (breakage)
        {
            case "scaled": score["scaled"] = 1.5; break;
            case "raw": score["raw"] = 101; break;
            case "min": score["min"] = 100; score["raw"] = 100; break;
            case "verb": s["verb"]!["id"] = "attempted"; break;
            case "object": s["object"]!["id"] = "scenarios/x"; break;
            case "homePage": s["actor"]!["account"]!["homePage"] = "trainingsim"; break;
            case "identifiers": s["actor"]!["mbox"] = "mailto:a@example.org"; break;
            case "null": s["context"]!["platform"] = null; break;
            case "registration": s["context"]!["registration"] = "attempt-1"; break;
            case "extension": result["extensions"] = new JsonObject { ["skills"] = 1 }; break;
            case "duration": result["duration"] = "95 seconds"; break;
            case "unknown": s["score"] = 1; break;
            case "actor": s.Remove("actor"); break;
            case "language": s["object"]!["definition"]!["name"] = new JsonObject { ["zh_CN"] = "x" }; break;
            case "timestamp": s["timestamp"] = "yesterday"; break;
        }

        Assert.Contains(expected, Validate(s));
    }
}
