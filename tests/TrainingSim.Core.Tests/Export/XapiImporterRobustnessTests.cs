using System.Text.Json.Nodes;
using FsCheck.Xunit;
using TrainingSim.Interchange.Export;
using static TrainingSim.Core.Tests.Export.ExportSamples;

namespace TrainingSim.Core.Tests.Export;

/// <summary>No input, however malformed, makes the importer throw: every bad line is one error.</summary>
public class XapiImporterRobustnessTests
{
    [Property(MaxTest = 300)]
    public bool Read_AnyText_NeverThrows(string? text)
    {
        var importer = new XapiImporter();
        importer.Read("any.jsonl", new StringReader(text ?? ""));
        var batch = importer.Finish();
        return batch.Errors.All(e => e.StartsWith("any.jsonl:", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_EveryValueOfEveryStatementReplacedByEveryJsonKind_OneErrorOrAnAttemptNeverAThrow()
    {
        var lines = XapiRoundTrip.Export([Completed(), Unfinished()]).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        JsonNode?[] replacements = [null, 5, -1.5, "x", true, new JsonArray(), new JsonObject()];
        var cases = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (var path in Paths(JsonNode.Parse(lines[i])!))
            {
                foreach (var replacement in replacements)
                {
                    var statement = JsonNode.Parse(lines[i])!;
                    Replace(statement, path, replacement?.DeepClone());
                    var mutated = lines.ToArray();
                    mutated[i] = statement.ToJsonString();

                    var batch = XapiRoundTrip.Import(("m.jsonl", string.Join('\n', mutated)));

                    Assert.All(batch.Errors, e => Assert.StartsWith("m.jsonl:", e, StringComparison.Ordinal));
                    cases++;
                }
            }
        }

        Assert.True(cases > 1000);
    }

    private static IEnumerable<string[]> Paths(JsonNode node, string[]? prefix = null)
    {
        prefix ??= [];
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    string[] path = [.. prefix, key];
                    yield return path;
                    if (value is not null)
                    {
                        foreach (var inner in Paths(value, path))
                            yield return inner;
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    string[] path = [.. prefix, "#" + i];
                    yield return path;
                    if (array[i] is { } item)
                    {
                        foreach (var inner in Paths(item, path))
                            yield return inner;
                    }
                }

                break;
        }
    }

    private static void Replace(JsonNode root, string[] path, JsonNode? value)
    {
        var parent = root;
        foreach (var step in path[..^1])
            parent = step.StartsWith('#') ? parent[int.Parse(step[1..], System.Globalization.CultureInfo.InvariantCulture)]! : parent[step]!;
        var last = path[^1];
        if (last.StartsWith('#'))
            parent[int.Parse(last[1..], System.Globalization.CultureInfo.InvariantCulture)] = value;
        else
            parent[last] = value;
    }
}
