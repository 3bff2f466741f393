using System.CommandLine;
using System.Globalization;
using TrainingSim.Cli.Sync;
using TrainingSim.Interchange.Sync;
using TrainingSim.Storage;

namespace TrainingSim.Cli.Commands;

/// <summary><c>sync [--lrs URL] [--user NAME] [--status]</c>: pushes the outbox to a Learning Record Store, then
/// pulls what other machines sent and merges it (the rules of <c>import</c>). The password comes from
/// <c>$TRAININGSIM_LRS_PASSWORD</c> or the remembered settings, never from the command line. Last line:
/// <c>sent N, pulled N, conflicts N, left in the outbox N</c>. Exit 0 when everything went; 1 when the LRS was
/// unavailable or refused something (all of it stays in the outbox); 2 for a usage error.</summary>
public sealed class SyncCommand : ICliCommand
{
    public Command Create(CliHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var lrs = new Option<string?>("--lrs") { Description = host.Text["HelpSyncLrs"], HelpName = "URL" };
        var user = new Option<string?>("--user") { Description = host.Text["HelpSyncUser"], HelpName = "NAME" };
        var status = new Option<bool>("--status") { Description = host.Text["HelpSyncStatus"] };
        var batch = new Option<int>("--batch") { Description = host.Text["HelpSyncBatch"], HelpName = "N", DefaultValueFactory = _ => 100 };
        var timeout = new Option<double>("--timeout") { Description = host.Text["HelpSyncTimeout"], HelpName = "SECONDS", DefaultValueFactory = _ => 30 };
        var retries = new Option<int>("--retries") { Description = host.Text["HelpSyncRetries"], HelpName = "N", DefaultValueFactory = _ => 4 };
        var page = new Option<int>("--page") { Description = host.Text["HelpSyncPage"], HelpName = "N", DefaultValueFactory = _ => 500 };
        var noPull = new Option<bool>("--no-pull") { Description = host.Text["HelpSyncNoPull"] };
        var command = new Command("sync", host.Text["HelpSync"])
        {
            lrs, user, status, batch, page, timeout, retries, noPull,
        };
        command.SetAction(parse =>
        {
            var context = host.Context(parse);
            if (parse.GetValue(status))
                return Status(context);
            var options = new SyncOptions
            {
                BatchSize = Positive(context, parse.GetValue(batch), "--batch"),
                PageSize = Positive(context, parse.GetValue(page), "--page"),
                Retries = Math.Max(0, parse.GetValue(retries)),
                Pull = !parse.GetValue(noPull),
            };
            var wait = parse.GetValue(timeout) is > 0 and var seconds
                ? TimeSpan.FromSeconds(seconds)
                : throw new CliException(context.Text.Format("MustBePositive", "--timeout"));
            return Run(context, SyncConnection.Resolve(context, parse.GetValue(lrs), parse.GetValue(user)), options, wait);
        });
        return command;
    }

    private static int Positive(CliContext context, int value, string option) =>
        value > 0 ? value : throw new CliException(context.Text.Format("MustBePositive", option));

    private static int Run(CliContext context, LrsEndpoint lrs, SyncOptions options, TimeSpan timeout)
    {
        using var store = LiteDbProgressStore.Open(context.DatabasePath);
        using var client = new LrsClient(lrs, timeout);
        var reporter = new SyncReporter(context);
        var result = new LrsSync(store, store, client, lrs, options, reporter).RunAsync().GetAwaiter().GetResult();
        reporter.ClearBar();
        if (result.PullBatch is { } batch && result.Merge is { } merge)
            ImportCommand.Report(context, batch, merge, summary: false);
        if (result.Failure is { } failure)
        {
            var key = failure.Kind == LrsAnswerKind.Denied ? "SyncDenied" : "SyncUnavailable";
            context.Error.WriteLine($"trainingsim: {context.Text["Error"]}: {context.Text.Format(key, lrs.Endpoint, failure.Reason)}");
        }

        context.Out.WriteLine(context.Text.Format("SyncSummary", result.Sent, result.Pulled, result.Conflicts + result.Refused, result.Left));
        return result.Clean ? ExitCodes.Success : ExitCodes.Problem;
    }

    private static int Status(CliContext context)
    {
        var remembered = SyncConnection.Remembered(context);
        context.Out.WriteLine(remembered.Lrs is { } url
            ? context.Text.Format("SyncStatusLrs", url, remembered.User)
            : context.Text["SyncStatusNoLrs"]);
        using var store = LiteDbProgressStore.Open(context.DatabasePath);
        var waiting = store.OutboxPage(0, int.MaxValue);
        context.Out.WriteLine(context.Text.Format("SyncStatusOutbox", waiting.Count, waiting.Count(e => e.Problem is not null)));
        var state = store.ReadSyncState();
        context.Out.WriteLine(context.Text.Format("SyncStatusLastSuccess", state.LastSuccess is { } success ? Moment(success) : context.Text["SyncNever"]));
        context.Out.WriteLine(state.LastError is { } error
            ? context.Text.Format("SyncStatusLastError", Moment(state.LastErrorAt ?? default), error)
            : context.Text["SyncStatusNoError"]);
        if (state.UnreachableSince is { } since)
            context.Out.WriteLine(context.Text.Format("SyncStatusUnreachable", Moment(since)));
        return ExitCodes.Success;
    }

    private static string Moment(DateTimeOffset moment) =>
        moment.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
