using System.CommandLine;
using TrainingSim.Cli.Library;
using TrainingSim.Core.Review;
using TrainingSim.Storage;
using TrainingSim.Wording;

namespace TrainingSim.Cli.Commands;

/// <summary><c>attempt override ATTEMPT --score N --comment TEXT</c>: a lead's or trainer's score for one ended
/// attempt, in place of the rubric's, with who changed it (the staff role the passphrase opened). A staff command.</summary>
public sealed class AttemptCommand : ICliCommand
{
    public Command Create(CliHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var command = new Command("attempt", host.Text["HelpAttempt"]);
        command.Add(Override(host));
        return command;
    }

    private static Command Override(CliHost host)
    {
        var attempt = new Argument<string>("ATTEMPT") { Description = host.Text["HelpReviewAttempt"] };
        var score = new Option<int>("--score") { Description = host.Text["HelpOverrideScore"], HelpName = "N", Required = true };
        var comment = new Option<string>("--comment") { Description = host.Text["HelpOverrideComment"], HelpName = "TEXT", Required = true };
        var command = new Command("override", host.Text["HelpAttemptOverride"]) { attempt, score, comment };
        command.SetAction(parse =>
        {
            var context = host.Context(parse);
            using var store = LiteDbProgressStore.Open(context.DatabasePath);
            var session = StaffAccess.Require(context, store);
            var found = AttemptArgument.Find(context, store, parse.GetValue(attempt)!);
            var scenario = LibraryLoading.Load(context).Scenarios.Scenarios.FirstOrDefault(s => s.Id == found.ScenarioId);
            var by = ScoreOverrides.Who(session?.Role);
            var (made, problem) = ScoreOverrides.Make(found, scenario, parse.GetValue(score), parse.GetValue(comment)!, by, TimeProvider.System.GetUtcNow());
            if (made is null)
                throw new CliException(context.Text.Format("Override." + problem, ScoreOverrides.MaxCommentLength), problem == "unfinished" ? ExitCodes.Problem : ExitCodes.Usage);
            store.StoreOverride(found.Id, made);
            var wording = new ReviewWording(context.Culture);
            context.Out.WriteLine(TerminalText.Safe(context.Text.Format("OverrideStored", ReviewHandles.Short(found.Id), found.Trainee, found.ScenarioId)));
            foreach (var line in wording.History(store.FindAttempt(found.Id)!))
                context.Out.WriteLine("  " + TerminalText.Safe(line));
            return ExitCodes.Success;
        });
        return command;
    }
}
