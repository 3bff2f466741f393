using LiteDB;

namespace TrainingSim.Storage;

/// <summary>Everything of a progress database a copy needs: documents with their ids per collection, the
/// secondary indexes, the schema version and the collation. Read from a <see cref="ReadOnlyDatabase"/>, written
/// to a new file by <see cref="WriteTo"/> (used by backup, recovery and trainee removal).</summary>
internal sealed record DatabaseSnapshot(
    Dictionary<string, List<BsonDocument>> Collections, List<DatabaseSnapshot.Index> Indexes, int UserVersion, string Collation)
{
    public static DatabaseSnapshot Read(LiteDatabase database) => Read(database,
        database.GetCollectionNames().Order(StringComparer.Ordinal)
            .ToDictionary(name => name, name => database.GetCollection(name).FindAll().ToList(), StringComparer.Ordinal));

    /// <summary><see cref="Read(LiteDatabase)"/>, where a document that cannot be read is one clear line.</summary>
    /// <exception cref="Core.Progress.ProgressStoreException">Part of the file cannot be read.</exception>
    public static DatabaseSnapshot ReadWhole(string path, LiteDatabase database, string what)
    {
        try
        {
            return Read(database);
        }
        catch (Exception e) when (DamageFlag.Unreadable(e))
        {
            throw new Core.Progress.ProgressStoreException(
                $"{path}: {what}: part of the progress database cannot be read ({ProgressDocuments.Reason(e)}); the file was not changed; " +
                "run 'trainingsim db recover --out NEW' to copy what can be read.", writeFailed: true, e);
        }
    }

    /// <summary>With the documents already read (e.g. those <see cref="ProgressDocuments"/> could read).</summary>
    public static DatabaseSnapshot Read(LiteDatabase database, Dictionary<string, List<BsonDocument>> collections)
    {
        var indexes = database.GetCollection("$indexes").FindAll()
            .Where(i => i["name"].AsString != "_id")
            .Select(i => new Index(i["collection"].AsString, i["name"].AsString, i["expression"].AsString, i["unique"].AsBoolean))
            .ToList();
        return new DatabaseSnapshot(collections, indexes, database.UserVersion, database.Pragma("COLLATION").AsString);
    }

    /// <summary>A new database file at <paramref name="path"/> with these documents, checkpointed (no log left).</summary>
    public void WriteTo(string path)
    {
        // The copy compares keys as the source does (the progress store's names are ordinal: "Alice" ≠ "alice").
        OwnerOnly.CreateDatabase(path);
        var connection = new ConnectionString { Filename = path, Connection = ConnectionType.Direct, Collation = new Collation(Collation) };
        using var database = new LiteDatabase(connection);
        foreach (var (name, documents) in Collections)
        {
            var collection = database.GetCollection(name);
            if (documents.Count > 0)
                collection.InsertBulk(documents);
        }

        foreach (var index in Indexes.Where(i => Collections.ContainsKey(i.Collection)))
            database.GetCollection(index.Collection).EnsureIndex(index.Name, BsonExpression.Create(index.Expression), index.Unique);
        database.UserVersion = UserVersion;
        database.Checkpoint();
    }

    public sealed record Index(string Collection, string Name, string Expression, bool Unique);
}
