using System.Globalization;
using System.Text.Json;
using TrainingSim.Interchange.Export;
using TrainingSim.Core.Progress;

namespace TrainingSim.Interchange.Sync;

/// <summary>One sync with an LRS: push the outbox, then pull what others sent and merge it.</summary>
/// <remarks>
/// Push: the outbox in order, <see cref="SyncOptions.BatchSize"/> statements a POST, each statement's stored
/// bytes. 200/204: the batch leaves the outbox. 409 or another 4xx: the LRS rejects a whole batch for one bad
/// statement, so the batch is split in halves until the statement is alone; it is reported and stays, and the
/// rest goes on. 5xx, a timeout or a refused connection: tried again after a growing pause; when the retries
/// run out the sync stops, and whatever was not accepted stays in the outbox for next time. A killed sync
/// loses nothing: a statement leaves the outbox only after the LRS answered that it has it, and sending it
/// again is a no-op there (same id, same bytes).
/// Pull: <c>statements?since=…&amp;ascending=true</c>, following <c>more</c> (resolved against scheme, host and
/// port); statements of other tools are skipped; the rest are merged by <see cref="XapiMerge"/> (incremental),
/// and the cursor moves to the last <c>stored</c> seen, less a millisecond (<c>since</c> excludes the time
/// given, and a batch shares one <c>stored</c>; merging again is a no-op).
/// </remarks>
public sealed class LrsSync(
    IStatementOutbox outbox, IProgressStore store, LrsClient client, LrsEndpoint lrs, SyncOptions options, ISyncObserver observer,
    TimeProvider? clock = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private int _sent;
    private int _conflicts;
    private int _refused;
    private long _pushed;
    private long _waiting;

    public async Task<SyncResult> RunAsync(CancellationToken cancel = default)
    {
        var failure = await PushAsync(cancel).ConfigureAwait(false);
        int pulled = 0, problems = 0;
        XapiImportBatch? batch = null;
        XapiMergeResult? merge = null;
        if (failure is null && options.Pull)
            (failure, pulled, problems, batch, merge) = await PullAsync(cancel).ConfigureAwait(false);

        var state = outbox.ReadSyncState();
        var now = _clock.GetUtcNow();
        outbox.WriteSyncState(failure is null
            ? state with { LastSuccess = now, UnreachableSince = null }
            : state with
            {
                LastError = failure.Reason,
                LastErrorAt = now,
                UnreachableSince = failure.Kind == LrsAnswerKind.Unavailable ? state.UnreachableSince ?? now : null,
            });
        return new SyncResult(_sent, pulled, _conflicts, _refused, outbox.OutboxCount(), failure, batch, merge, problems);
    }

    private async Task<LrsAnswer?> PushAsync(CancellationToken cancel)
    {
        _waiting = outbox.OutboxCount();
        long after = 0;
        while (outbox.OutboxPage(after, options.BatchSize) is { Count: > 0 } page)
        {
            after = page[^1].Key;
            if (await SendAsync(page, cancel).ConfigureAwait(false) is { } failure)
                return failure;
        }

        return null;
    }

    /// <summary>Sends a batch; a refused batch is split until the statement at fault is alone. Returns the answer
    /// that stops the push, or null.</summary>
    private async Task<LrsAnswer?> SendAsync(IReadOnlyList<OutboxEntry> batch, CancellationToken cancel)
    {
        var answer = await WithRetriesAsync(() => client.PostAsync(batch, cancel), cancel).ConfigureAwait(false);
        switch (answer.Kind)
        {
            case LrsAnswerKind.Stored:
                outbox.OutboxSent([.. batch.Select(e => e.Key)]);
                _sent += batch.Count;
                Pushed(batch.Count);
                return null;
            case LrsAnswerKind.Conflict or LrsAnswerKind.Refused when batch.Count == 1:
                outbox.OutboxRefused(batch[0].Key, answer.Reason);
                if (answer.Kind == LrsAnswerKind.Conflict)
                    _conflicts++;
                else
                    _refused++;
                observer.Refused(batch[0], answer);
                Pushed(1);
                return null;
            case LrsAnswerKind.Conflict or LrsAnswerKind.Refused:
                var half = batch.Count / 2;
                return await SendAsync([.. batch.Take(half)], cancel).ConfigureAwait(false)
                    ?? await SendAsync([.. batch.Skip(half)], cancel).ConfigureAwait(false);
            default:
                return answer;
        }
    }

    private void Pushed(int count)
    {
        _pushed += count;
        observer.Progress(SyncPhase.Push, _pushed, _waiting);
    }

    private async Task<(LrsAnswer? Failure, int Pulled, int Problems, XapiImportBatch? Batch, XapiMergeResult? Merge)> PullAsync(
        CancellationToken cancel)
    {
        var since = outbox.ReadSyncState().PulledUntil;
        var query = $"?ascending=true&limit={options.PageSize.ToString(CultureInfo.InvariantCulture)}"
                    + (since is null ? "" : "&since=" + Uri.EscapeDataString(since));
        var next = new Uri(lrs.Statements + query);
        var importer = new XapiImporter();
        DateTimeOffset? last = null;
        int pulled = 0, problems = 0;
        while (true)
        {
            var (page, failure) = await WithRetriesAsync(() => client.GetAsync(next, cancel), r => r.Failure, cancel).ConfigureAwait(false);
            if (failure is not null || page is null)
                return (failure, pulled, problems, null, null);
            using (page)
            {
                foreach (var statement in page.Statements)
                {
                    if (Stored(statement) is { } stored && (last is null || stored > last))
                        last = stored;
                    if (!IsOurs(statement))
                        continue;
                    var where = "LRS statement " + (statement.TryGetProperty("id", out var id) ? id.ToString() : "?");
                    if (FirstProblem(statement, where) is { } problem)
                    {
                        observer.PullProblem(problem);
                        problems++;
                        continue;
                    }

                    importer.Read(statement, where);
                    pulled++;
                }

                observer.Progress(SyncPhase.Pull, pulled, 0);
                if (page.More is not { } more)
                    break;
                next = lrs.More(more);
            }
        }

        var batch = importer.Finish();
        if (batch.HasErrors || batch.Conflicts.Count > 0)
        {
            foreach (var error in batch.Errors.Concat(batch.Conflicts))
                observer.PullProblem(error);
            return (null, pulled, problems + batch.Errors.Count + batch.Conflicts.Count, batch, null);
        }

        var merge = XapiMerge.Apply(batch, store);
        if (last is { } moment)
        {
            outbox.WriteSyncState(outbox.ReadSyncState() with
            {
                PulledUntil = moment.AddMilliseconds(-1).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            });
        }

        return (null, pulled, problems, batch, merge);
    }

    private static bool IsOurs(JsonElement statement) =>
        statement.ValueKind == JsonValueKind.Object
        && statement.TryGetProperty("context", out var context) && context.ValueKind == JsonValueKind.Object
        && context.TryGetProperty("platform", out var platform) && platform.ValueKind == JsonValueKind.String
        && platform.GetString() == XapiVocabulary.Platform;

    private static DateTimeOffset? Stored(JsonElement statement) =>
        statement.ValueKind == JsonValueKind.Object && statement.TryGetProperty("stored", out var stored)
        && stored.ValueKind == JsonValueKind.String
        && DateTimeOffset.TryParse(stored.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment)
            ? moment
            : null;

    /// <summary>Reads the statement on its own first, so one bad statement is skipped instead of spoiling the pull.</summary>
    private static string? FirstProblem(JsonElement statement, string where)
    {
        var probe = new XapiImporter();
        probe.Read(statement, where);
        return probe.Finish().Errors is [var first, ..] ? first : null;
    }

    private Task<LrsAnswer> WithRetriesAsync(Func<Task<LrsAnswer>> request, CancellationToken cancel) =>
        WithRetriesAsync(request, a => a, cancel);

    private async Task<T> WithRetriesAsync<T>(Func<Task<T>> request, Func<T, LrsAnswer?> answerOf, CancellationToken cancel)
    {
        for (var attempt = 0; ; attempt++)
        {
            var result = await request().ConfigureAwait(false);
            if (answerOf(result) is not { Kind: LrsAnswerKind.Unavailable } answer || attempt >= options.Retries)
                return result;
            var wait = options.Backoff(attempt);
            observer.Retrying(answer, wait);
            await Task.Delay(wait, _clock, cancel).ConfigureAwait(false);
        }
    }
}
