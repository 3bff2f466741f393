using System.CommandLine;
using System.Text;
using TrainingSim.Cli.Library;
using TrainingSim.Cli.Play;
using TrainingSim.Core.Calls;
using TrainingSim.Core.Conversations;
using TrainingSim.Wording;

namespace TrainingSim.Cli.Commands;

/// <summary><c>play SCENARIO --replies FILE|- [--trainee NAME] [--format text|json]</c>: plays one scenario
/// non-interactively. Replies are read one at a time as they arrive; each turn is recorded (with
/// <c>--trainee</c>), then written and flushed, before the next reply is read. Exit 1 when the replies run
/// out before an end step (outcome <c>abandoned</c>); exit 2 when a reply cannot answer its step (a choice
/// step given something other than one of its numbers), the call then ending as abandoned.</summary>
public sealed class PlayCommand : ICliCommand
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public Command Create(CliHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var scenario = new Argument<string>("SCENARIO") { Description = host.Text["HelpPlayScenario"] };
        var replies = new Option<string>("--replies")
        {
            Description = host.Text["HelpReplies"],
            HelpName = "FILE|-",
            Required = true,
        };
        var trainee = new Option<string?>("--trainee")
        {
            Description = host.Text["HelpPlayTrainee"],
            HelpName = "NAME",
        };
        var format = OutputFormat.Option(host.Text, "text", "json");
        var command = new Command("play", host.Text["HelpPlay"]) { scenario, replies, trainee, format };
        command.SetAction(parse => Run(
            host.Context(parse),
            parse.GetValue(scenario)!,
            parse.GetValue(replies)!,
            parse.GetValue(trainee),
            parse.GetValue(format) ?? "text"));
        return command;
    }

    private static int Run(CliContext context, string scenarioName, string repliesPath, string? traineeName, string format)
    {
        var name = traineeName?.Trim();
        if (name is { Length: 0 })
            throw new CliException(context.Text["TraineeNameEmpty"]);
        if (repliesPath != "-" && Directory.Exists(repliesPath))
            throw new CliException(context.Text["NotAFile"], ExitCodes.Usage, repliesPath);
        if (repliesPath != "-" && !File.Exists(repliesPath))
            throw new CliException(context.Text["NoSuchFileOrFolder"], ExitCodes.Usage, repliesPath);

        var (scenario, content) = ScenarioResolver.Resolve(context, scenarioName);
        using var ownedReader = repliesPath == "-" ? null : new StreamReader(repliesPath, StrictUtf8, detectEncodingFromByteOrderMarks: true);
        var replies = new ReplyReader(ownedReader ?? context.Console.In, repliesPath == "-" ? "<stdin>" : repliesPath, context.Text);

        IPlayObserver output = format == "json"
            ? new JsonScorecard(context.Out)
            : new TextTranscript(context.Out, context.Text, new InterfaceWording(context.Culture, content));

        // With --trainee the call records every turn, storing it before the session shows it.
        using var recording = name is null ? null : TraineeRecording.Start(context, name, scenario);
        var call = recording?.Call ?? CallSession.Start(scenario);
        var result = new PlaySession(call, replies, [output], context.Text).Play();
        return result.Outcome == Outcomes.Abandoned ? ExitCodes.Problem : ExitCodes.Success;
    }
}
