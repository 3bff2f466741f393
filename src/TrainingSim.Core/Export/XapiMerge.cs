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
            if (present < incoming.Count)
                notMerged.Add(new NotMergedAttempt(attempt.Id, attempt.Trainee, incoming.Count - present));
        }

        return new XapiMergeResult(
            statementsNew + statementsPresent + notMerged.Sum(n => n.NewStatements),
            statementsNew, statementsPresent, attemptsNew, attemptsPresent, notMerged);
    }
}
