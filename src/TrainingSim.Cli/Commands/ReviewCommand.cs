using System.CommandLine;
using TrainingSim.Authoring.Editing;
using TrainingSim.Cli.Library;
using TrainingSim.Core.Progress;
using TrainingSim.Core.Review;
using TrainingSim.Core.Scenarios;
using TrainingSim.Storage;
using TrainingSim.Wording;

namespace TrainingSim.Cli.Commands;

/// <summary><c>review list|accept|add-phrase|rescore</c>: the trainer's review loop (docs/review.md). Staff
/// commands: they need the staff passphrase once one is set. <c>list</c> only reads; the others edit a scenario
/// or concept file (checked by the loader, written by rename) and re-score the affected attempts.</summary>
public sealed class ReviewCommand : ICliCommand
{
    public Command Create(CliHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var command = new Command("review", host.Text["HelpReview"]);
        command.Add(List(host));
        command.Add(Accept(host));
        command.Add(AddPhrase(host));
        command.Add(Rescore(host));
        return command;
    }

    private static Command List(CliHost host)
    {
        var scenario = new Option<string?>("--scenario") { Description = host.Text["HelpReviewScenario"], HelpName = "ID" };
        var below = new Option<int?>("--below") { Description = host.Text["HelpReviewBelow"], HelpName = "N" };
        var format = OutputFormat.Option(host.Text, "text", "json");
        var command = new Command("list", host.Text["HelpReviewList"]) { scenario, below, format };
        command.SetAction(parse =>
        {
            var context = host.Context(parse);
            if (parse.GetValue(below) is < 1 or > 101)
                throw new CliException(context.Text["ReviewBelowRange"], ExitCodes.Usage);
            StaffAccess.Require(context);
            var library = LibraryLoading.Load(context);
            var scenarios = library.Scenarios.Scenarios;
            if (parse.GetValue(scenario) is { } id && scenarios.All(s => s.Id != id))
                throw new CliException(context.Text.Format("UnknownScenario", id, context.Text.Format("ScenarioCount", scenarios.Count)));
            IReadOnlyList<AttemptRecord> attempts = [];
            if (File.Exists(context.DatabasePath))
            {
                using var store = LiteDbProgressStore.OpenForReading(context.DatabasePath);
                attempts = store.Attempts(new AttemptQuery(ScenarioId: parse.GetValue(scenario)));
            }

            var queue = ReviewQueueBuilder.Build(attempts, scenarios, parse.GetValue(below));
            if (parse.GetValue(format) == "json")
                context.Out.WriteLine(ReviewQueueJson.Write(queue));
            else
                ReviewQueueText.Write(context.Out, queue, new ReviewWording(context.Culture));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Accept(CliHost host)
    {
        var attempt = new Argument<string>("ATTEMPT") { Description = host.Text["HelpReviewAttempt"] };
        var turn = new Argument<int>("TURN") { Description = host.Text["HelpReviewTurn"] };
        var command = new Command("accept", host.Text["HelpReviewAccept"]) { attempt, turn };
        command.SetAction(parse => Edit(host.Context(parse), (context, store, loop) =>
        {
            var found = AttemptArgument.Find(context, store, parse.GetValue(attempt)!);
            var number = parse.GetValue(turn);
            if (number < 1 || number > found.Turns.Count)
                throw new CliException(context.Text.Format("ReviewNoSuchTurn", number, found.Turns.Count), ExitCodes.Usage);
            var answered = found.Turns[number - 1];
            if (answered.Choice is not null)
                throw new CliException(context.Text.Format("ReviewChoiceTurn", number, answered.StepId), ExitCodes.Usage);
            return (loop.Accept(found.ScenarioId, answered.StepId, answered.Reply), answered.StepId);
        }));
        return command;
    }

    private static Command AddPhrase(CliHost host)
    {
        var words = new Argument<string[]>("SCENARIO STEP ITEM PHRASE")
        {
            Description = host.Text["HelpReviewAddPhraseArgs"],
            Arity = new ArgumentArity(1, 4),
        };
        var concept = new Option<string?>("--concept") { Description = host.Text["HelpReviewConcept"], HelpName = "NAME" };
        var language = new Option<string>("--language")
        {
            Description = host.Text["HelpReviewLanguage"],
            HelpName = "zh-CN|en",
            DefaultValueFactory = _ => "zh-CN",
        };
        var command = new Command("add-phrase", host.Text["HelpReviewAddPhrase"]) { words, concept, language };
        command.SetAction(parse => Edit(host.Context(parse), (context, _, loop) =>
        {
            var given = parse.GetValue(words)!;
            if (parse.GetValue(concept) is { } name)
            {
                if (given.Length != 1)
                    throw new CliException(context.Text["ReviewConceptArgs"], ExitCodes.Usage);
                var bank = name.TrimStart('@');
                return (loop.AddConceptPhrase(parse.GetValue(language)!, bank, given[0]), "@" + bank);
            }

            if (given.Length != 4)
                throw new CliException(context.Text["ReviewPhraseArgs"], ExitCodes.Usage);
            return (loop.AddPhrase(given[0], given[1], given[2], given[3]), $"{given[1]}/{given[2]}");
        }));
        return command;
    }

    private static Command Rescore(CliHost host)
    {
        var scenario = new Option<string?>("--scenario") { Description = host.Text["HelpReviewScenario"], HelpName = "ID" };
        var command = new Command("rescore", host.Text["HelpReviewRescore"]) { scenario };
        command.SetAction(parse =>
        {
            var context = host.Context(parse);
            using var store = LiteDbProgressStore.Open(context.DatabasePath);
            StaffAccess.Require(context, store);
            var library = LibraryLoading.Load(context);
            var wanted = parse.GetValue(scenario);
            var scenarios = library.Scenarios.Scenarios.Where(s => wanted is null || s.Id == wanted).DistinctBy(s => s.Id).ToList();
            if (wanted is not null && scenarios.Count == 0)
                throw new CliException(context.Text.Format("UnknownScenario", wanted, context.Text.Format("ScenarioCount", library.Scenarios.Scenarios.Count)));
            var outcome = RescoreRun.Run(store, store, scenarios, TimeProvider.System.GetUtcNow());
            foreach (var line in new ReviewWording(context.Culture).Rescoring(outcome))
                context.Out.WriteLine(TerminalText.Safe(line));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Opens the database for writing, checks the staff passphrase, runs the edit and prints what it did
    /// (exit 0), or why nothing was written (exit 1).</summary>
    private static int Edit(CliContext context, Func<CliContext, LiteDbProgressStore, ReviewLoop, (ReviewOutcome Outcome, string What)> edit)
    {
        using var store = LiteDbProgressStore.Open(context.DatabasePath);
        StaffAccess.Require(context, store);
        var loop = new ReviewLoop(context.ScenarioPaths, context.ContentPath, store, store, TimeProvider.System);
        var (outcome, what) = edit(context, store, loop);
        var wording = new ReviewWording(context.Culture);
        if (!outcome.Written)
            throw new CliException(wording.Problem(outcome), ExitCodes.Problem, outcome.Path);
        foreach (var line in wording.Written(outcome, what))
            context.Out.WriteLine(TerminalText.Safe(line));
        return ExitCodes.Success;
    }
}
