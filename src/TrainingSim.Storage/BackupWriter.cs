namespace TrainingSim.Storage;

/// <summary><c>db backup</c>: a consistent copy of a progress database while programs may be using it.
/// Everything is read from a <see cref="ReadOnlyDatabase"/> (the file's lock held: other programs wait, so no
/// write lands half-way, and nothing in the source changes), written to a new database through
/// <see cref="OutputTarget"/> (a temporary file renamed into place), then read again and checked: the same
/// documents per collection, and a clean <see cref="MaintenanceCheck"/>.</summary>
public static class BackupWriter
{
    public static BackupResult Write(string sourcePath, string targetPath, IReadOnlyList<MaintenanceReference> references, bool force = false)
    {
        var source = Path.GetFullPath(sourcePath);
        if (!File.Exists(source))
            throw new FileNotFoundException($"{sourcePath}: no such database", sourcePath);
        var target = OutputTarget.Check(targetPath, source, force);

        DatabaseSnapshot snapshot;
        using (var view = ReadOnlyDatabase.Open(source))
            snapshot = DatabaseSnapshot.ReadWhole(source, view.Database, "nothing was copied");
        OutputTarget.Write(target, force, snapshot.WriteTo);
        return Verify(target, snapshot, references);
    }

    /// <summary>A shared-mode connection to <paramref name="path"/>, as the progress store opens it.</summary>
    internal static LiteDB.ConnectionString ConnectionString(string path) =>
        new() { Filename = path, Connection = LiteDB.ConnectionType.Shared };

    private static BackupResult Verify(string path, DatabaseSnapshot snapshot, IReadOnlyList<MaintenanceReference> references)
    {
        using var view = ReadOnlyDatabase.Open(path);
        var database = view.Database;
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
}
