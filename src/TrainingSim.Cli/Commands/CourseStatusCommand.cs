using System.CommandLine;
using System.Globalization;
using TrainingSim.Core.Courses;
using TrainingSim.Reports;
using TrainingSim.Storage;

namespace TrainingSim.Cli.Commands;

/// <summary><c>course status --cohort NAME [--format text|json]</c>: each trainee of the cohort against its plan, today —
/// on track, behind or failed exam, how many entries are passed, what is overdue. Exit 1 when the cohort has no plan.</summary>
public static class CourseStatusCommand
{
    public static Command Create(CliHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var cohort = new Option<string>("--cohort") { Description = host.Text["HelpCohort"], HelpName = "NAME", Required = true };
        var format = OutputFormat.Option(host.Text, "text", "json");
        var command = new Command("status", host.Text["HelpCourseStatus"]) { cohort, format };
        command.SetAction(parse =>
        {
            var context = host.Context(parse);
            var group = parse.GetValue(cohort)!.Trim();
            var plans = CourseCommand.Plans(context);
            StaffAccess.Require(context);
            using var store = LiteDbProgressStore.OpenForReading(context.DatabasePath, context.Environment.Clock);
            var today = CourseCommand.Today(context);
            var course = CohortCourse.Of(group, store, store, plans, today, context.Environment.Clock.LocalTimeZone)
                ?? throw new CliException(context.Text.Format("NoPlanForCohort", group), ExitCodes.Problem);
            if (course.Plan is null)
                throw new CliException(context.Text.Format("PlanNotInLibrary", group, course.Assignment.PlanId), ExitCodes.Problem);
            if (parse.GetValue(format) == "json")
                context.Out.WriteLine(Json(course, course.Plan, today));
            else
                WriteText(context, course, course.Plan, today);
            return ExitCodes.Success;
        });
        return command;
    }

    private static string StandingName(Messages text, Standing standing) => text["Standing" + StandingNames.KeySuffix(standing)];

    private static void WriteText(CliContext context, CohortCourse course, CoursePlan plan, DateOnly today)
    {
        var text = context.Text;
        var day = today.DayNumber - course.Assignment.Start.DayNumber + 1;
        context.Out.WriteLine(TerminalText.Safe(text.Format("StatusHeader", course.Assignment.Cohort, plan.Id, plan.Title,
            CourseDate.Format(course.Assignment.Start), CourseDate.Format(today), day, plan.Days)));
        if (course.Trainees.Count == 0)
        {
            context.Out.WriteLine(TerminalText.Safe(text.Format("NoTraineesInCohort", course.Assignment.Cohort)));
            return;
        }

        var table = new TextTable([text["ColumnTrainee"], text["ColumnStanding"], text["ColumnPassed"], text["ColumnOverdue"]],
            [false, false, true, false]);
        foreach (var trainee in course.Trainees)
        {
            var overdue = trainee.FailedExams.Union(trainee.Overdue).Select(e => e.Status == EntryStatus.Failed
                ? text.Format("FailedExamEntry", e.Entry.ScenarioId)
                : text.Format("OverdueEntry", e.Entry.ScenarioId, e.Entry.DueDay));
            table.AddRow(TerminalText.Safe(trainee.Trainee), StandingName(text, trainee.Standing),
                $"{trainee.PassedCount}/{trainee.Entries.Count}", string.Join(", ", overdue));
        }

        context.Out.Write(table.ToString());
    }

    private static string Json(CohortCourse course, CoursePlan plan, DateOnly today) => JsonText.Write(json =>
    {
        json.WriteStartObject();
        json.WriteString("cohort", course.Assignment.Cohort);
        json.WriteString("plan", plan.Id);
        json.WriteString("start", CourseDate.Format(course.Assignment.Start));
        json.WriteString("today", CourseDate.Format(today));
        json.WriteNumber("day", today.DayNumber - course.Assignment.Start.DayNumber + 1);
        json.WriteNumber("days", plan.Days);
        json.WriteStartArray("trainees");
        foreach (var trainee in course.Trainees)
        {
            json.WriteStartObject();
            json.WriteString("name", trainee.Trainee);
            json.WriteString("standing", StandingNames.Id(trainee.Standing));
            json.WriteNumber("passed", trainee.PassedCount);
            json.WriteNumber("entries", trainee.Entries.Count);
            WriteEntries(json, "overdue", trainee.Overdue);
            WriteEntries(json, "failed_exams", trainee.FailedExams);
            WriteEntries(json, "due_today", trainee.DueToday);
            WriteEntries(json, "due_this_week", trainee.DueThisWeek);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });

    private static void WriteEntries(System.Text.Json.Utf8JsonWriter json, string name, IEnumerable<EntryProgress> entries)
    {
        json.WriteStartArray(name);
        foreach (var entry in entries)
        {
            json.WriteStartObject();
            json.WriteString("scenario", entry.Entry.ScenarioId);
            json.WriteString("mode", entry.Entry.Mode == Core.Progress.PlayMode.Exam ? "exam" : "practice");
            json.WriteNumber("day", entry.Entry.DueDay);
            json.WriteString("due", CourseDate.Format(entry.Due));
            json.WriteString("status", entry.Status switch { EntryStatus.Passed => "passed", EntryStatus.Failed => "failed", _ => "open" });
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
