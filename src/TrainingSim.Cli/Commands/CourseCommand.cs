using System.CommandLine;
using System.Globalization;
using TrainingSim.Cli.Library;
using TrainingSim.Core.Courses;
using TrainingSim.Reports;
using TrainingSim.Storage;

namespace TrainingSim.Cli.Commands;

/// <summary><c>course assign PLAN --cohort NAME [--start YYYY-MM-DD]</c>, <c>course list [--format text|json]</c>,
/// <c>course status --cohort NAME</c> (<see cref="CourseStatusCommand"/>) and <c>course retry</c>
/// (<see cref="CourseRetryCommand"/>). The rules of plans, days and due dates: docs/courses.md.</summary>
public sealed class CourseCommand : ICliCommand
{
    public Command Create(CliHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var command = new Command("course", host.Text["HelpCourse"]);
        command.Add(Assign(host));
        command.Add(List(host));
        command.Add(CourseStatusCommand.Create(host));
        command.Add(CourseRetryCommand.Create(host));
        return command;
    }

    /// <summary>The plans of the library (<c>--scenarios</c>, <c>--content</c>): those that load without errors.</summary>
    internal static IReadOnlyList<CoursePlan> Plans(CliContext context) => LibraryLoading.Load(context).Curriculum.Plans;

    internal static DateOnly Today(CliContext context) => CourseProgress.Today(context.Environment.Clock);

    internal static CoursePlan FindPlan(CliContext context, IReadOnlyList<CoursePlan> plans, string id)
    {
        var plan = plans.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.Ordinal));
        if (plan is not null)
            return plan;
        var nearest = Nearest.Name(id, plans.Select(p => p.Id));
        throw new CliException(context.Text.Format("UnknownPlan", id, nearest is null ? "" : context.Text.Format("DidYouMeanPlan", nearest)), ExitCodes.Usage);
    }

    private static Command Assign(CliHost host)
    {
        var planId = new Argument<string>("PLAN") { Description = host.Text["HelpCoursePlan"] };
        var cohort = new Option<string>("--cohort") { Description = host.Text["HelpCohort"], HelpName = "NAME", Required = true };
        var start = new Option<string?>("--start") { Description = host.Text["HelpCourseStart"], HelpName = "YYYY-MM-DD" };
        var command = new Command("assign", host.Text["HelpCourseAssign"]) { planId, cohort, start };
        command.SetAction(parse =>
        {
            var context = host.Context(parse);
            var group = parse.GetValue(cohort)!.Trim();
            if (group.Length == 0)
                throw new CliException(context.Text["CohortEmpty"], ExitCodes.Usage);
            var first = ParseStart(context, parse.GetValue(start));
            var plan = FindPlan(context, Plans(context), parse.GetValue(planId)!.Trim());
            using var store = LiteDbProgressStore.Open(context.DatabasePath, context.Environment.Clock);
            StaffAccess.Require(context, store);
            var assignment = new CourseAssignment(group, plan.Id, first, context.Environment.Clock.GetUtcNow());
            store.Assign(assignment);
            context.Out.WriteLine(context.Text.Format("CourseAssigned", group, plan.Id, plan.Title, CourseDate.Format(first), plan.Days,
                CourseDate.Format(assignment.DateOf(plan.Days))));
            return ExitCodes.Success;
        });
        return command;
    }

    private static DateOnly ParseStart(CliContext context, string? given)
    {
        if (given is null)
            return Today(context);
        if (CourseDate.TryParse(given, out var date))
            return date;
        throw new CliException(context.Text.Format("BadDate", given), ExitCodes.Usage);
    }

    private static Command List(CliHost host)
    {
        var format = OutputFormat.Option(host.Text, "text", "json");
        var command = new Command("list", host.Text["HelpCourseList"]) { format };
        command.SetAction(parse =>
        {
            var context = host.Context(parse);
            var plans = Plans(context);
            StaffAccess.Require(context);
            using var store = LiteDbProgressStore.OpenForReading(context.DatabasePath, context.Environment.Clock);
            var assignments = store.Assignments();
            if (parse.GetValue(format) == "json")
                context.Out.WriteLine(ListJson(plans, assignments));
            else
                WriteList(context, plans, assignments);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteList(CliContext context, IReadOnlyList<CoursePlan> plans, IReadOnlyList<CourseAssignment> assignments)
    {
        var text = context.Text;
        var table = new TextTable([text["ColumnPlan"], text["ColumnTitle"], text["ColumnLanguage"], text["ColumnDays"], text["ColumnCohorts"]],
            [false, false, false, true, false]);
        foreach (var plan in plans)
        {
            var cohorts = assignments.Where(a => a.PlanId == plan.Id).Select(a => $"{a.Cohort} ({CourseDate.Format(a.Start)})");
            table.AddRow(plan.Id, TerminalText.Safe(plan.Title), plan.Language, plan.Days.ToString(CultureInfo.InvariantCulture),
                TerminalText.Safe(string.Join(", ", cohorts)));
        }

        context.Out.Write(table.ToString());
        var orphans = assignments.Where(a => plans.All(p => p.Id != a.PlanId)).ToList();
        foreach (var orphan in orphans)
            context.Out.WriteLine(TerminalText.Safe(text.Format("PlanNotInLibrary", orphan.Cohort, orphan.PlanId)));
    }

    private static string ListJson(IReadOnlyList<CoursePlan> plans, IReadOnlyList<CourseAssignment> assignments) =>
        JsonText.Write(json =>
        {
            json.WriteStartObject();
            json.WriteStartArray("plans");
            foreach (var plan in plans)
            {
                json.WriteStartObject();
                json.WriteString("id", plan.Id);
                json.WriteString("title", plan.Title);
                json.WriteString("language", plan.Language);
                json.WriteNumber("days", plan.Days);
                json.WriteNumber("entries", plan.Entries.Count);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("assignments");
            foreach (var assignment in assignments)
            {
                json.WriteStartObject();
                json.WriteString("cohort", assignment.Cohort);
                json.WriteString("plan", assignment.PlanId);
                json.WriteString("start", CourseDate.Format(assignment.Start));
                json.WriteString("assigned_at", assignment.AssignedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
}
