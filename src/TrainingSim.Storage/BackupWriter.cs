using LiteDB;

namespace TrainingSim.Storage;

/// <summary><c>db backup</c>: a consistent copy of a progress database while programs may be using it.
/// Everything is read inside one transaction of a second shared connection (other programs wait for its
/// end, so no write lands half-way), written to a new database beside the target (documents with their
/// ids, every index, the schema version), checkpointed, moved into place, then opened again and checked:
/// the same documents per collection, and a clean <see cref="MaintenanceCheck"/>.</summary>
public static class BackupWriter
{
    public static BackupResult Write(string sourcePath, string targetPath, IReadOnlyList<MaintenanceReference> references)
    {
        var source = Path.GetFullPath(sourcePath);
        var target = Path.GetFullPath(targetPath);
        if (!File.Exists(source))
            throw new FileNotFoundException($"{sourcePath}: no such database", sourcePath);
        if (string.Equals(source, target, StringComparison.Ordinal))
            throw new IOException($"{targetPath}: the backup cannot overwrite the database itself");

        var snapshot = ReadSnapshot(source);
        var temporary = Path.Combine(Path.GetDirectoryName(target) ?? ".", $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            WriteCopy(temporary, snapshot);
            File.Move(temporary, target, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
            File.Delete(LogFileOf(temporary));
        }

        return Verify(target, snapshot, references);
    }

    internal static ConnectionString ConnectionString(string path) =>
        new() { Filename = path, Connection = ConnectionType.Shared };

    private static string LogFileOf(string path) =>
        Path.Combine(Path.GetDirectoryName(path) ?? ".", Path.GetFileNameWithoutExtension(path) + "-log" + Path.GetExtension(path));

    private static Snapshot ReadSnapshot(string path)
    {
        using var database = new LiteDatabase(ConnectionString(path));
        database.BeginTrans();
        try
        {
            var collections = database.GetCollectionNames().Order(StringComparer.Ordinal)
                .ToDictionary(name => name, name => database.GetCollection(name).FindAll().ToList(), StringComparer.Ordinal);
            var indexes = database.GetCollection("$indexes").FindAll()
                .Where(i => i["name"].AsString != "_id")
                .Select(i => new IndexDefinition(i["collection"].AsString, i["name"].AsString, i["expression"].AsString, i["unique"].AsBoolean))
                .ToList();
            return new Snapshot(collections, indexes, database.UserVersion, database.Pragma("COLLATION").AsString);
        }
        finally
        {
            database.Rollback();
        }
    }

    private static void WriteCopy(string path, Snapshot snapshot)
    {
        // The copy compares keys as the source does (the progress store's names are ordinal: "Alice" ≠ "alice").
        var connection = ConnectionString(path);
        connection.Collation = new Collation(snapshot.Collation);
        using var database = new LiteDatabase(connection);
        foreach (var (name, documents) in snapshot.Collections)
        {
            var collection = database.GetCollection(name);
            if (documents.Count > 0)
                collection.InsertBulk(documents);
        }

        foreach (var index in snapshot.Indexes)
            database.GetCollection(index.Collection).EnsureIndex(index.Name, BsonExpression.Create(index.Expression), index.Unique);
        database.UserVersion = snapshot.UserVersion;
        database.Checkpoint();
    }

    private static BackupResult Verify(string path, Snapshot snapshot, IReadOnlyList<MaintenanceReference> references)
    {
        using var database = new LiteDatabase(ConnectionString(path));
        var problems = new List<string>();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (name, documents) in snapshot.Collections)
        {
            counts[name] = documents.Count;
            var copied = database.GetCollection(name).Count();
            if (copied != documents.Count)
                problems.Add($"{path}: {name} has {copied} documents, the database had {documents.Count}");
        }

        if (database.UserVersion != snapshot.UserVersion)
            problems.Add($"{path}: schema version {database.UserVersion}, the database had {snapshot.UserVersion}");
        problems.AddRange(new MaintenanceCheck(database, references).Run().Select(p => $"{path}: {p}"));
        return new BackupResult(counts, problems);
    }

    private sealed record IndexDefinition(string Collection, string Name, string Expression, bool Unique);

    private sealed record Snapshot(
        Dictionary<string, List<BsonDocument>> Collections, List<IndexDefinition> Indexes, int UserVersion, string Collation);
}
