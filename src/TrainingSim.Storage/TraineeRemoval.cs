using LiteDB;
using TrainingSim.Core.Progress;

namespace TrainingSim.Storage;

/// <summary><c>trainee remove</c>: the database file is rewritten without the trainee, their attempts,
/// their turns and their statements waiting in the outbox, so no byte of theirs lingers in free pages, and no copy is kept (LiteDB's <c>Rebuild</c> would
/// leave a <c>-backup</c> file holding everything, and fails above ~2,550 turns, #2827: its loop guard is
/// sized by the new, still empty file). Under the file's lock: the log is checkpointed away, everything
/// else is copied to a temporary file beside the database, checked, and renamed over it. Killed at any
/// point, the database is either the old file or the new one; a temporary file left behind is removed by the
/// next run.</summary>
internal static class TraineeRemoval
{
    /// <summary>The number of attempts removed, or null when there is no such trainee (nothing changed).</summary>
    public static int? Remove(string path, string name)
    {
        var full = Path.GetFullPath(path);
        using var held = DatabaseLock.Acquire(full);
        var folder = Path.GetDirectoryName(full)!;
        OutputTarget.CleanUp(folder);

        DatabaseSnapshot snapshot;
        using (var view = ReadOnlyDatabase.Open(full))
            snapshot = DatabaseSnapshot.ReadWhole(full, view.Database, $"trainee {name} was not removed");
        if (!snapshot.Collections.GetValueOrDefault(ProgressBson.Trainees, []).Any(t => t["_id"] == name))
            return null;

        var (kept, removedAttempts) = Without(snapshot, name);
        EmptyLog(full);
        FreeSpace.Require(full, $"the removal of trainee {name}");
        var temporary = OutputTarget.TemporaryPath(full);
        try
        {
            kept.WriteTo(temporary);
            Check(temporary, kept);
            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or LiteException or UnauthorizedAccessException)
        {
            throw new ProgressStoreException(
                $"{full}: trainee {name} was not removed ({e.Message.ReplaceLineEndings(" ").Trim().TrimEnd('.')}); the database was not changed.",
                writeFailed: true, e);
        }
        finally
        {
            File.Delete(temporary);
            File.Delete(ReadOnlyDatabase.LogFile(temporary));
        }

        return removedAttempts;
    }

    private static (DatabaseSnapshot Kept, int RemovedAttempts) Without(DatabaseSnapshot snapshot, string name)
    {
        var collections = new Dictionary<string, List<BsonDocument>>(snapshot.Collections, StringComparer.Ordinal);
        var attempts = collections.GetValueOrDefault(ProgressBson.Attempts, []);
        var theirs = attempts.Where(a => a["trainee"] == name).Select(a => a["_id"]).ToHashSet();
        collections[ProgressBson.Trainees] = [.. collections.GetValueOrDefault(ProgressBson.Trainees, []).Where(t => t["_id"] != name)];
        collections[ProgressBson.Attempts] = [.. attempts.Where(a => !theirs.Contains(a["_id"]))];
        collections[ProgressBson.Turns] = [.. collections.GetValueOrDefault(ProgressBson.Turns, []).Where(t => !theirs.Contains(t["attempt"]))];
        if (collections.TryGetValue(LiteDbProgressStore.OutboxName, out var outbox))
            collections[LiteDbProgressStore.OutboxName] = [.. outbox.Where(s => s["trainee"] != name)];
        if (collections.TryGetValue(PinStore.Collection, out var pins))
            collections[PinStore.Collection] = [.. pins.Where(p => p["_id"] != name)];
        if (collections.TryGetValue(LiteDbProgressStore.RetriesCollection, out var retries))
            collections[LiteDbProgressStore.RetriesCollection] = [.. retries.Where(r => r["trainee"] != name)];
        return (snapshot with { Collections = collections }, theirs.Count);
    }

    /// <summary>Copies LiteDB's log into the file and removes it: a log left beside the new file would be
    /// replayed onto it.</summary>
    private static void EmptyLog(string path)
    {
        using (var database = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Shared }))
            database.Checkpoint();
        var log = ReadOnlyDatabase.LogFile(path);
        if (File.Exists(log) && new FileInfo(log).Length > 0)
            throw new IOException($"{log}: LiteDB's log could not be copied into the database");
        File.Delete(log);
    }

    private static void Check(string path, DatabaseSnapshot expected)
    {
        using var view = ReadOnlyDatabase.Open(path);
        foreach (var (name, documents) in expected.Collections)
        {
            var copied = view.Database.GetCollection(name).Count();
            if (copied != documents.Count)
                throw new IOException($"{path}: the new file has {copied} {name}, not {documents.Count}");
        }
    }
}
