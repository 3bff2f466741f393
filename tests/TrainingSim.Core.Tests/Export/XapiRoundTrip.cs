using System.Text;
using TrainingSim.Interchange.Export;
using TrainingSim.Core.Progress;

namespace TrainingSim.Core.Tests.Export;

internal static class XapiRoundTrip
{
    public static string Export(IEnumerable<AttemptRecord> attempts)
    {
        using var buffer = new MemoryStream();
        new XapiExporter().Write(buffer, attempts);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>One statement a line as indented JSON, a blank line between statements: how xAPI golden files are
    /// stored, so a changed field shows as one changed line.</summary>
    public static string Indented(string lines)
    {
        var options = new System.Text.Json.JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        return string.Join("\n\n", lines.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => System.Text.Json.Nodes.JsonNode.Parse(line)!.ToJsonString(options))) + "\n";
    }

    public static XapiImportBatch Import(params (string Path, string Text)[] files)
    {
        var importer = new XapiImporter();
        foreach (var (path, text) in files)
            importer.Read(path, new StringReader(text));
        return importer.Finish();
    }

    /// <summary>Every stored field, lists and maps included, as one comparable text.</summary>
    public static string Describe(AttemptRecord a)
    {
        var text = new StringBuilder();
        text.AppendLine($"{a.Id}|{a.Trainee}|{a.Cohort}|{a.ScenarioId}|{a.ScenarioVersion}|{a.Mode}|{a.StartedAt:o}|{a.EndedAt:o}");
        text.AppendLine($"{a.Outcome}|{a.Success}|{a.Score}|{a.Stars}|{string.Join(",", a.Skills.OrderBy(s => s.Key).Select(s => $"{s.Key}={s.Value}"))}");
        foreach (var t in a.Turns)
        {
            text.AppendLine($"{t.Index}|{t.StepId}|{t.Reply}|{t.Choice}|{t.SecondsTaken}|{t.OverTime}|{t.OverTimeLoss}|{t.BonusMatched}|{t.NextStepId}|{t.HungUp}|{string.Join(",", t.Matched)}|" +
                $"{string.Join(",", t.Missed)}|{string.Join(",", t.Penalties)}|{t.HintUsed}|{t.Score}|{t.Net}|{t.Maximum}|" +
                $"{string.Join(",", t.Skills.OrderBy(s => s.Key).Select(s => $"{s.Key}={s.Value.Net}/{s.Value.Maximum}"))}|{t.MoodAfter}|{t.AnsweredAt:o}");
        }

        return text.ToString();
    }
}
