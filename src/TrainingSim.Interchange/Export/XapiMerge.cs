using TrainingSim.Core.Progress;

namespace TrainingSim.Interchange.Export;

/// <summary>Merges attempts read by <see cref="XapiImporter"/> into a progress store, incrementally: a new attempt
/// is stored whole (its trainee added when unknown); an attempt already stored that has not ended takes the
/// turns that continue it and its end (statements that arrived after an earlier import, pull or partial push);
/// anything else already stored is left as it is, so importing the same statements again changes nothing.</summary>
public static class XapiMerge
{
    public static XapiMergeResult Apply(XapiImportBatch batch, IProgressStore store)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(store);
        if (batch.HasErrors)
            throw new InvalidOperationException("A batch with errors is not imported.");

        int statementsNew = 0, statementsPresent = 0, attemptsPresent = 0, continued = 0;
        var notMerged = new List<NotMergedAttempt>();
        var unstarted = new List<NotMergedAttempt>();
        var stored = store.Attempts(new AttemptQuery(WithTurns: false)).Select(a => a.Id).ToHashSet();
        var fresh = batch.Attempts.Where(a => !stored.Contains(a.Id) && !batch.Continuations.Contains(a.Id)).ToList();
        var attemptsNew = store.ImportAttempts(fresh);
        statementsNew += fresh.Sum(a => batch.StatementIds[a.Id].Count);
        foreach (var attempt in batch.Attempts.Where(a => !stored.Contains(a.Id) && batch.Continuations.Contains(a.Id)))
            unstarted.Add(new NotMergedAttempt(attempt.Id, attempt.Trainee, batch.StatementIds[attempt.Id].Count));
        foreach (var attempt in batch.Attempts.Where(a => stored.Contains(a.Id)))
        {
            var incoming = batch.StatementIds[attempt.Id];
            attemptsPresent++;
            var existing = store.FindAttempt(attempt.Id);
            var storedIds = existing is null ? [] : XapiExporter.StatementIds(existing).ToHashSet();
            var present = incoming.Count(storedIds.Contains);
            statementsPresent += present;
            if (existing is null || !Agrees(existing, attempt))
            {
                notMerged.Add(new NotMergedAttempt(attempt.Id, attempt.Trainee, incoming.Count - present));
                continue;
            }

            if (present == incoming.Count)
                continue;
            if (Continuation(existing, attempt) is { } more)
            {
                store.ContinueAttempt(attempt.Id, more.Turns, more.Finish);
                statementsNew += incoming.Count - present;
                continued++;
            }
            else
            {
                notMerged.Add(new NotMergedAttempt(attempt.Id, attempt.Trainee, incoming.Count - present));
            }
        }

        return new XapiMergeResult(
            statementsNew + statementsPresent + notMerged.Sum(n => n.NewStatements) + unstarted.Sum(n => n.NewStatements),
            statementsNew, statementsPresent, attemptsNew, attemptsPresent, notMerged, continued, unstarted);
    }

    /// <summary>What <paramref name="incoming"/> adds to a stored attempt that has not ended: the turns after its
    /// own, without a gap, and the end; null when there is nothing that can be added.</summary>
    private static (IReadOnlyList<TurnRecord> Turns, AttemptFinish? Finish)? Continuation(AttemptRecord existing, AttemptRecord incoming)
    {
        if (existing.Outcome is not null)
            return null;
        var turns = incoming.Turns.Where(t => t.Index >= existing.Turns.Count).OrderBy(t => t.Index).ToList();
        for (var i = 0; i < turns.Count; i++)
        {
            if (turns[i].Index != existing.Turns.Count + i)
                return null;
        }

        AttemptFinish? finish = incoming.Outcome is { } outcome
            ? new AttemptFinish(outcome, incoming.Success, incoming.Score, incoming.Stars, incoming.Skills,
                incoming.EndedAt ?? incoming.LastActivity)
            : null;
        return turns.Count == 0 && finish is null ? null : (turns, finish);
    }

    /// <summary>An attempt already stored and the incoming statements of it agree on what a report shows: a tampered
    /// copy (same ids, other replies or scores) is not "already present". The incoming statements may hold only
    /// part of the attempt (a later import or pull): each incoming turn is compared with the stored turn of its
    /// index, and the ending when both have one.</summary>
    private static bool Agrees(AttemptRecord stored, AttemptRecord incoming)
    {
        if (stored.Trainee != incoming.Trainee || stored.ScenarioId != incoming.ScenarioId)
            return false;
        var turns = stored.Turns.GroupBy(t => t.Index).ToDictionary(g => g.Key, g => g.First());
        foreach (var turn in incoming.Turns)
        {
            if (turns.TryGetValue(turn.Index, out var mine)
                && (mine.Reply != turn.Reply || mine.Score != turn.Score || mine.StepId != turn.StepId))
                return false;
        }

        return stored.Outcome is null || incoming.Outcome is null
               || (stored.Outcome == incoming.Outcome && stored.Score == incoming.Score && stored.Stars == incoming.Stars
                   && stored.Success == incoming.Success);
    }
}
