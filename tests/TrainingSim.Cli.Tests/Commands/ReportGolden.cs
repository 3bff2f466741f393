using System.Text.RegularExpressions;
using Snapshooter.Xunit;

namespace TrainingSim.Cli.Tests.Commands;

/// <summary>Golden files of command output recorded with the real clock: attempt and statement ids become
/// numbered placeholders in order of first appearance; moments, durations and scenario file hashes (which
/// change with any edit of a shipped file) become marks. Under CI (CI=true) Snapshooter's strict mode is on,
/// so a missing snapshot fails.</summary>
internal static partial class ReportGolden
{
    public static void Match(string text)
    {
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            Environment.SetEnvironmentVariable("SNAPSHOOTER_STRICT_MODE", "true");
        Snapshot.Match(Scrub(text));
    }

    /// <summary>Statements (one a line) stored indented, a blank line between them.</summary>
    public static void MatchStatements(IEnumerable<string> lines)
    {
        var options = new System.Text.Json.JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        Match(string.Join("\n\n", lines.Select(line => System.Text.Json.Nodes.JsonNode.Parse(line)!.ToJsonString(options))) + "\n");
    }

    public static string Scrub(string text)
    {
        var ids = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        text = Guid().Replace(text, m =>
        {
            if (!ids.TryGetValue(m.Value, out var name))
            {
                name = $"<id-{ids.Count + 1}>";
                ids.Add(m.Value, name);
            }

            return name;
        });
        text = Moment().Replace(text, "<time>");
        text = Hash().Replace(text, "<hash>");
        text = Seconds().Replace(text, "\"seconds_taken\":<s>");
        return Duration().Replace(text, "\"duration\":\"<d>\"");
    }

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", RegexOptions.IgnoreCase)]
    private static partial Regex Guid();

    [GeneratedRegex(@"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?")]
    private static partial Regex Moment();

    /// <summary>Scenario file hashes, whole (16 hex digits and more) or shortened (12) in tables.</summary>
    [GeneratedRegex("(?<![0-9a-zA-Z<-])[0-9a-f]{12,64}(?![0-9a-zA-Z>-])")]
    private static partial Regex Hash();

    [GeneratedRegex(@"""seconds_taken"": ?[0-9.eE+-]+")]
    private static partial Regex Seconds();

    [GeneratedRegex(@"""duration"": ?""PT[0-9HMS.]+""")]
    private static partial Regex Duration();
}
