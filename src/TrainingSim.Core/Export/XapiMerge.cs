using TrainingSim.Core.Progress;

namespace TrainingSim.Core.Export;

/// <summary>Merges attempts read by <see cref="XapiImporter"/> into a progress store: a new attempt is stored
/// whole (its trainee added when unknown); an attempt already stored is left as it is, so importing the same
/// statements again changes nothing.</summary>
public static class XapiMerge
{
    public static XapiMergeResult Apply(XapiImportBatch batch, IProgressStore store)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(store);
        if (batch.HasErrors)
            throw new InvalidOperationException("A batch with errors is not imported.");

        int statementsNew = 0, statementsPresent = 0, attemptsPresent = 0;
        var notMerged = new List<NotMergedAttempt>();
        var stored = store.Attempts(new AttemptQuery(WithTurns: false)).Select(a => a.Id).ToHashSet();
        var fresh = batch.Attempts.Where(a => !stored.Contains(a.Id)).ToList();
        var attemptsNew = store.ImportAttempts(fresh);
        statementsNew += fresh.Sum(a => batch.StatementIds[a.Id].Count);
        foreach (var attempt in batch.Attempts.Where(a => stored.Contains(a.Id)))
        {
            var incoming = batch.StatementIds[attempt.Id];
            attemptsPresent++;
            var existing = store.FindAttempt(attempt.Id);
            var storedIds = existing is null ? [] : XapiExporter.StatementIds(existing).ToHashSet();
            var present = incoming.Count(storedIds.Contains);
            statementsPresent += present;
            if (present < incoming.Count || existing is null || !SameContent(existing, attempt))
                notMerged.Add(new NotMergedAttempt(attempt.Id, attempt.Trainee, incoming.Count - present));
        }

        return new XapiMergeResult(
            statementsNew + statementsPresent + notMerged.Sum(n => n.NewStatements),
            statementsNew, statementsPresent, attemptsNew, attemptsPresent, notMerged);
    }

    /// <summary>An attempt already stored and the incoming copy agree on what a report shows: a tampered copy
    /// (same ids, other replies or scores) is not "already present".</summary>
    private static bool SameContent(AttemptRecord stored, AttemptRecord incoming) =>
        stored.Trainee == incoming.Trainee && stored.ScenarioId == incoming.ScenarioId && stored.Outcome == incoming.Outcome
        && stored.Score == incoming.Score && stored.Stars == incoming.Stars && stored.Success == incoming.Success
        && stored.Turns.Count == incoming.Turns.Count
        && stored.Turns.Zip(incoming.Turns).All(p => p.First.Index == p.Second.Index && p.First.Reply == p.Second.Reply
                                                     && p.First.Score == p.Second.Score && p.First.StepId == p.Second.StepId);
}
