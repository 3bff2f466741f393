using LiteDB;

namespace TrainingSim.Storage;

/// <summary>The maintenance commands on a progress database file, each through a connection of its own in
/// shared mode (so they run while other programs use the file): <c>db check</c>, <c>db backup</c>, and the
/// compaction after <c>trainee remove</c>.</summary>
public static class MaintenanceTasks
{
    /// <summary>One line per problem; empty when the database is sound.</summary>
    public static IReadOnlyList<string> Check(string path)
    {
        RequireFile(path);
        using var database = new LiteDatabase(BackupWriter.ConnectionString(path));
        return new MaintenanceCheck(database, MaintenanceSchema.Progress).Run();
    }

    public static BackupResult Backup(string path, string target)
    {
        RequireFile(path);
        return BackupWriter.Write(path, target, MaintenanceSchema.Progress);
    }

    /// <summary>Rewrites the file without its free pages, so the bytes of deleted records (a removed
    /// trainee's replies) do not linger in it. Returns the bytes saved.</summary>
    public static long Compact(string path)
    {
        RequireFile(path);
        using var database = new LiteDatabase(BackupWriter.ConnectionString(path));
        return database.Rebuild();
    }

    private static void RequireFile(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"{path}: no such database", path);
    }
}
