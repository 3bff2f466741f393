using LiteDB;

namespace TrainingSim.Storage;

/// <summary><c>db recover --out NEW</c>: every trainee, attempt and turn of a damaged database that can still
/// be read, copied into a new file (through <see cref="OutputTarget"/>). The damaged file is only ever read
/// (<see cref="ReadOnlyDatabase"/>: not trimmed, not flagged). A turn whose attempt was lost is lost with it;
/// an attempt whose trainee was lost gets the trainee back from its own name and cohort.</summary>
internal static class Recovery
{
    public static RecoveryResult Recover(string sourcePath, string targetPath, bool force)
    {
        var source = Path.GetFullPath(sourcePath);
        if (!File.Exists(source))
            throw new FileNotFoundException($"{sourcePath}: no such database", sourcePath);
        var target = OutputTarget.Check(targetPath, source, force);

        ProgressDocuments documents;
        DatabaseSnapshot snapshot;
        using (var view = ReadOnlyDatabase.Open(source))
        {
            documents = ProgressDocuments.ReadAll(view.Database);
            snapshot = Snapshot(view.Database, documents.Collections);
        }

        var lost = new List<string>(documents.Lost);
        Reconnect(snapshot.Collections, lost);
        OutputTarget.Write(target, force, snapshot.WriteTo);
        return new RecoveryResult(snapshot.Collections.ToDictionary(c => c.Key, c => c.Value.Count, StringComparer.Ordinal), lost);
    }

    /// <summary>The indexes and version as the file says, or the progress store's own when that cannot be read.</summary>
    private static DatabaseSnapshot Snapshot(LiteDatabase database, Dictionary<string, List<BsonDocument>> collections)
    {
        try
        {
            return DatabaseSnapshot.Read(database, collections);
        }
        catch (Exception e) when (DamageFlag.Unreadable(e))
        {
            List<DatabaseSnapshot.Index> indexes =
            [
                new(ProgressBson.Attempts, "trainee", "$.trainee", false),
                new(ProgressBson.Attempts, "cohort", "$.cohort", false),
                new(ProgressBson.Attempts, "scenario", "$.scenario", false),
                new(ProgressBson.Turns, "attempt", "$.attempt", false),
            ];
            return new DatabaseSnapshot(collections, indexes, LiteDbProgressStore.SchemaVersion, Collation.Binary.ToString());
        }
    }

    private static void Reconnect(Dictionary<string, List<BsonDocument>> collections, List<string> lost)
    {
        var trainees = collections.TryGetValue(ProgressBson.Trainees, out var t) ? t : collections[ProgressBson.Trainees] = [];
        var attempts = collections.GetValueOrDefault(ProgressBson.Attempts, []);
        var known = trainees.Select(d => d["_id"]).ToHashSet();
        foreach (var attempt in attempts.Where(a => !known.Contains(a["trainee"])))
        {
            trainees.Add(new BsonDocument
            {
                ["_id"] = attempt["trainee"],
                ["cohort"] = attempt["cohort"],
                ["created"] = attempt["started"],
                ["createdOff"] = attempt["startedOff"],
            });
            known.Add(attempt["trainee"]);
            lost.Add($"trainees: {attempt["trainee"].AsString} was lost; made again from attempt {attempt["_id"]} (added-on date = that attempt's start)");
        }

        if (!collections.TryGetValue(ProgressBson.Turns, out var turns))
            return;
        var attemptIds = attempts.Select(a => a["_id"]).ToHashSet();
        var orphans = turns.Where(turn => !attemptIds.Contains(turn["attempt"])).ToList();
        if (orphans.Count == 0)
            return;
        collections[ProgressBson.Turns] = [.. turns.Where(turn => attemptIds.Contains(turn["attempt"]))];
        lost.Add($"turns: {orphans.Count} turns belong to attempts that could not be read, and are not copied");
    }
}
