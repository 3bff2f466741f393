using System.Globalization;
using System.Text;
using System.Text.Json;
using TrainingSim.Core.Serialization;

namespace TrainingSim.Reports;

/// <summary>Renders the item analysis as tables (one per scenario), flat RFC 4180 CSV or JSON.</summary>
public static class ItemAnalysisWriter
{
    private const int ShortVersion = 12;

    public static string Write(ItemAnalysis analysis, ReportFormat format, ReportLabels? labels = null) => format switch
    {
        ReportFormat.Json => Json(analysis),
        ReportFormat.Csv => Csv(analysis),
        _ => Table(analysis, labels),
    };

    public static string Json(ItemAnalysis analysis) => JsonText.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteStartArray("scenarios");
        foreach (var scenario in analysis.Scenarios)
            WriteScenario(writer, scenario);
        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    private static void WriteScenario(Utf8JsonWriter writer, ScenarioAnalysis scenario)
    {
        writer.WriteStartObject();
        writer.WriteString("scenario", scenario.ScenarioId);
        writer.WriteNumber("attempts", scenario.Attempts);
        writer.WriteNumber("completed", scenario.Completed);
        writer.WriteNumber("hung_up", scenario.HungUp);
        writer.WriteNumber("abandoned", scenario.Abandoned);
        writer.WriteNumber("abandoned_before_first_reply", scenario.AbandonedBeforeFirstReply);
        writer.WriteNumber("passed", scenario.Passed);
        if (scenario.AverageScore is { } scenarioAverage)
            writer.WriteNumber("average_score", scenarioAverage);
        else
            writer.WriteNull("average_score");
        writer.WriteNumber("overridden", scenario.Overridden);
        writer.WriteStartArray("outcomes");
        foreach (var outcome in scenario.Outcomes)
        {
            writer.WriteStartObject();
            writer.WriteString("outcome", outcome.Outcome);
            writer.WriteNumber("attempts", outcome.Attempts);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("versions");
        foreach (var version in scenario.Versions)
        {
            writer.WriteStartObject();
            writer.WriteString("version", version.Version);
            writer.WriteNumber("attempts", version.Attempts);
            writer.WriteString("first_played", Timestamps.Utc(version.FirstPlayed));
            writer.WriteString("last_played", Timestamps.Utc(version.LastPlayed));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("steps");
        foreach (var step in scenario.Steps)
        {
            writer.WriteStartObject();
            writer.WriteString("step", step.StepId);
            writer.WriteNumber("reached", step.Reached);
            writer.WriteNumber("answers", step.Answers);
            if (step.AverageScore is { } average)
                writer.WriteNumber("average_score", average);
            else
                writer.WriteNull("average_score");
            writer.WriteNumber("hung_up", step.HungUp);
            writer.WriteNumber("abandoned", step.Abandoned);
            writer.WriteStartArray("items");
            foreach (var item in step.Items)
            {
                writer.WriteStartObject();
                writer.WriteString("item", item.ItemId);
                writer.WriteNumber("matched", item.Matched);
                writer.WriteNumber("missed", item.Missed);
                writer.WriteNumber("penalized", item.Penalized);
                writer.WriteNumber("missed_overridden", item.MissedOverridden);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("choices");
            foreach (var choice in step.Choices)
            {
                writer.WriteStartObject();
                writer.WriteNumber("choice", choice.Number);
                if (choice.Text is { } text)
                    writer.WriteString("text", text);
                else
                    writer.WriteNull("text");
                writer.WriteNumber("picks", choice.Picks);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>One flat table; the <c>kind</c> column says what a row is: scenario, outcome, version, step, item or
    /// choice.</summary>
    public static string Csv(ItemAnalysis analysis)
    {
        var text = new StringBuilder();
        Reports.Csv.AppendRow(text,
        [
            "kind", "scenario", "version", "step", "item", "attempts", "reached", "answers", "average_score",
            "matched", "missed", "penalized", "hung_up", "abandoned", "abandoned_before_first_reply", "outcome", "choice", "picks",
        ]);
        foreach (var s in analysis.Scenarios)
        {
            Row(text, "scenario", s.ScenarioId, attempts: N(s.Attempts), hungUp: N(s.HungUp), abandoned: N(s.Abandoned),
                beforeFirstReply: N(s.AbandonedBeforeFirstReply));
            foreach (var o in s.Outcomes)
                Row(text, "outcome", s.ScenarioId, attempts: N(o.Attempts), outcome: o.Outcome);
            foreach (var v in s.Versions)
                Row(text, "version", s.ScenarioId, version: v.Version, attempts: N(v.Attempts));
            foreach (var step in s.Steps)
            {
                Row(text, "step", s.ScenarioId, step: step.StepId, reached: N(step.Reached), answers: N(step.Answers),
                    average: N(step.AverageScore), hungUp: N(step.HungUp), abandoned: N(step.Abandoned));
                foreach (var item in step.Items)
                {
                    Row(text, "item", s.ScenarioId, step: step.StepId, item: item.ItemId,
                        matched: N(item.Matched), missed: N(item.Missed), penalized: N(item.Penalized));
                }

                foreach (var choice in step.Choices)
                    Row(text, "choice", s.ScenarioId, step: step.StepId, choice: N(choice.Number), picks: N(choice.Picks));
            }
        }

        return text.ToString();
    }

    private static void Row(StringBuilder text, string kind, string scenario, string version = "", string step = "", string item = "",
        string attempts = "", string reached = "", string answers = "", string average = "", string matched = "", string missed = "",
        string penalized = "", string hungUp = "", string abandoned = "", string beforeFirstReply = "", string outcome = "",
        string choice = "", string picks = "") =>
        Reports.Csv.AppendRow(text,
        [
            kind, scenario, version, step, item, attempts, reached, answers, average, matched, missed, penalized, hungUp, abandoned,
            beforeFirstReply, outcome, choice, picks,
        ]);

    /// <summary>Per scenario: a summary line, the versions played, then a step/item table.</summary>
    public static string Table(ItemAnalysis analysis, ReportLabels? labels = null)
    {
        var l = labels ?? ReportLabels.English;
        var text = new StringBuilder();
        foreach (var s in analysis.Scenarios)
        {
            if (text.Length > 0)
                text.Append('\n');
            text.Append(string.Format(CultureInfo.InvariantCulture, l.ScenarioSummary,
                s.ScenarioId, s.Attempts, s.Completed, s.HungUp, s.Abandoned));
            if (s.AbandonedBeforeFirstReply > 0)
                text.Append(string.Format(CultureInfo.InvariantCulture, l.BeforeFirstReply, s.AbandonedBeforeFirstReply));
            text.Append('\n');
            if (s.Outcomes.Count > 0)
            {
                text.Append(l.Outcomes)
                    .AppendJoin(", ", s.Outcomes.Select(o => $"{o.Outcome} {N(o.Attempts)}"))
                    .Append('\n');
            }

            text.Append(l.Versions)
                .AppendJoin(", ", s.Versions.Select(v => $"{Short(v.Version)} ({N(v.Attempts)})"))
                .Append('\n');

            var table = new TextTable(
                [l.Step, l.Item, l.Reached, l.Average, l.Matched, l.Missed, l.Penalized, l.HungUp, l.Abandoned],
                [false, false, true, true, true, true, true, true, true]);
            foreach (var step in s.Steps)
            {
                table.AddRow(step.StepId, "", N(step.Reached), step.AverageScore is { } a ? N(a) : "-", "", "", "",
                    N(step.HungUp), N(step.Abandoned));
                foreach (var item in step.Items)
                    table.AddRow("", item.ItemId, "", "", N(item.Matched), N(item.Missed), N(item.Penalized), "", "");
            }

            text.Append(table);
            foreach (var step in s.Steps.Where(step => step.Choices.Count > 0))
            {
                var answered = step.Choices.Sum(c => c.Picks);
                text.Append(string.Format(CultureInfo.InvariantCulture, l.Picks, step.StepId))
                    .AppendJoin(", ", step.Choices.Select(c => $"{N(c.Number)}) {N(c.Picks)}{Share(c.Picks, answered)}"))
                    .Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>" (40%)" of the answers, nothing when there are none.</summary>
    private static string Share(int picks, int answers) =>
        answers == 0 ? "" : $" ({N(Rounding.Mean(100L * picks, answers))}%)";

    private static string Short(string version) => version.Length > ShortVersion ? version[..ShortVersion] : version;

    private static string N(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
