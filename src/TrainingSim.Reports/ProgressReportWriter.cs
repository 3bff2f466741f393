using System.Globalization;
using System.Text;
using System.Text.Json;
using TrainingSim.Core.Serialization;

namespace TrainingSim.Reports;

/// <summary>Renders the progress report as an aligned table, RFC 4180 CSV or the contract's JSON.</summary>
public static class ProgressReportWriter
{
    public static string Write(ProgressReport report, ReportFormat format, ReportLabels? labels = null) => format switch
    {
        ReportFormat.Json => Json(report),
        ReportFormat.Csv => Csv(report),
        _ => Table(report, labels),
    };

    public static string Json(ProgressReport report) => JsonText.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteStartArray("trainees");
        foreach (var trainee in report.Trainees)
            WriteTrainee(writer, trainee);
        writer.WriteEndArray();
        if (report.Adjusted.Count > 0)
            AdjustedJson.Write(writer, report.Adjusted);
        writer.WriteEndObject();
    });

    private static void WriteTrainee(Utf8JsonWriter writer, TraineeProgress trainee)
    {
        writer.WriteStartObject();
        writer.WriteString("name", trainee.Name);
        writer.WriteString("cohort", trainee.Cohort);
        writer.WriteNumber("attempts", trainee.Attempts);
        writer.WriteNumber("completed", trainee.Completed);
        writer.WriteNumber("passed", trainee.Passed);
        if (trainee.AverageScore is { } average)
            writer.WriteNumber("average_score", average);
        else
            writer.WriteNull("average_score");
        WriteScores(writer, "skills", trainee.Skills);
        WriteScores(writer, "best", trainee.Best);
        if (trainee.LastActive is { } lastActive)
            writer.WriteString("last_active", Timestamps.Utc(lastActive));
        else
            writer.WriteNull("last_active");
        writer.WriteEndObject();
    }

    private static void WriteScores(Utf8JsonWriter writer, string name, IReadOnlyDictionary<string, int> scores)
    {
        writer.WriteStartObject(name);
        foreach (var (key, value) in scores)
            writer.WriteNumber(key, value);
        writer.WriteEndObject();
    }

    /// <summary>One row per trainee; skills and best scores flattened into <c>skills.ID</c> and
    /// <c>best.ID</c> columns (empty where the trainee has none).</summary>
    public static string Csv(ProgressReport report)
    {
        var skills = AllKeys(report, t => t.Skills);
        var scenarios = AllKeys(report, t => t.Best);
        var text = new StringBuilder();
        Reports.Csv.AppendRow(text,
        [
            "name", "cohort", "attempts", "completed", "passed", "average_score",
            .. skills.Select(s => "skills." + s), .. scenarios.Select(s => "best." + s), "last_active",
        ]);
        foreach (var t in report.Trainees)
        {
            Reports.Csv.AppendRow(text,
            [
                t.Name, t.Cohort ?? "", Number(t.Attempts), Number(t.Completed), Number(t.Passed), Number(t.AverageScore),
                .. skills.Select(s => Number(Lookup(t.Skills, s))), .. scenarios.Select(s => Number(Lookup(t.Best, s))),
                t.LastActive is { } last ? Timestamps.Utc(last) : "",
            ]);
        }

        return text.ToString();
    }

    /// <summary>The trainees with one column per skill, then every best score, one line per trainee and scenario.</summary>
    public static string Table(ProgressReport report, ReportLabels? labels = null)
    {
        var l = labels ?? ReportLabels.English;
        var skills = AllKeys(report, t => t.Skills);
        string[] headers = [l.Name, l.Cohort, l.Attempts, l.Completed, l.Passed, l.Average, .. skills.Select(l.SkillName), l.LastActive];
        bool[] right = [false, false, true, true, true, true, .. skills.Select(_ => true), false];
        var table = new TextTable(headers, right);
        foreach (var t in report.Trainees)
        {
            table.AddRow(
            [
                t.Name, t.Cohort ?? "-", Number(t.Attempts), Number(t.Completed), Number(t.Passed), Dash(t.AverageScore),
                .. skills.Select(s => Dash(Lookup(t.Skills, s))),
                t.LastActive is { } last ? Timestamps.Utc(last) : "-",
            ]);
        }

        var text = new StringBuilder(table.ToString());
        var best = new TextTable([l.Name, l.Scenario, l.Best], [false, false, true]);
        var any = false;
        foreach (var t in report.Trainees)
        {
            foreach (var (scenario, score) in t.Best)
            {
                best.AddRow(t.Name, scenario, Number(score));
                any = true;
            }
        }

        if (any)
            text.Append('\n').Append(best);
        return text.ToString();
    }

    private static List<string> AllKeys(ProgressReport report, Func<TraineeProgress, IReadOnlyDictionary<string, int>> select) =>
        [.. report.Trainees.SelectMany(t => select(t).Keys).Distinct().Order(StringComparer.Ordinal)];

    private static int? Lookup(IReadOnlyDictionary<string, int> scores, string key) =>
        scores.TryGetValue(key, out var value) ? value : null;

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string Dash(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "-";
}
