using System.CommandLine;
using TrainingSim.Core.Courses;
using TrainingSim.Core.Progress;
using TrainingSim.Storage;

namespace TrainingSim.Cli.Commands;

/// <summary><c>course retry --trainee NAME --scenario ID</c>: one more try at an exam of the trainee's cohort's plan.
/// Exit 1 for an unknown trainee, one in no cohort with a plan, or a scenario that is not an exam of that plan.</summary>
public static class CourseRetryCommand
{
    public static Command Create(CliHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var trainee = new Option<string>("--trainee") { Description = host.Text["HelpTraineeName"], HelpName = "NAME", Required = true };
        var scenario = new Option<string>("--scenario") { Description = host.Text["HelpRetryScenario"], HelpName = "ID", Required = true };
        var command = new Command("retry", host.Text["HelpCourseRetry"]) { trainee, scenario };
        command.SetAction(parse =>
        {
            var context = host.Context(parse);
            var name = TraineeNames.Normalize(parse.GetValue(trainee)!);
            var exam = parse.GetValue(scenario)!.Trim();
            var plans = CourseCommand.Plans(context);
            using var store = LiteDbProgressStore.Open(context.DatabasePath, context.Environment.Clock);
            StaffAccess.Require(context, store);
            var who = store.FindTrainee(name) ?? throw new CliException(context.Text.FormatSafe("UnknownTrainee", name), ExitCodes.Problem);
            var assignment = who.Cohort is null ? null : store.Assignments().FirstOrDefault(a => a.Cohort == who.Cohort);
            var plan = assignment is null ? null : plans.FirstOrDefault(p => p.Id == assignment.PlanId);
            if (plan is null)
                throw new CliException(context.Text.Format("RetryNoPlan", name), ExitCodes.Problem);
            if (!plan.Entries.Any(e => e.ScenarioId == exam && e.Mode == PlayMode.Exam))
                throw new CliException(context.Text.Format("RetryNotExam", exam, plan.Id, name), ExitCodes.Problem);
            store.GrantRetry(new ExamRetry(name, exam, context.Environment.Clock.GetUtcNow()));
            context.Out.WriteLine(TerminalText.Safe(context.Text.Format("RetryGranted", name, exam)));
            return ExitCodes.Success;
        });
        return command;
    }
}
