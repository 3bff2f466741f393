namespace TrainingSim.Storage;

/// <summary>The maintenance commands on a progress database file, each holding the file's lock while it works
/// (other programs wait for it): <c>db check</c>, <c>db backup</c>, <c>db recover</c> and <c>trainee remove</c>.
/// Check, backup and recover only ever read the database.</summary>
public static class MaintenanceTasks
{
    /// <summary>One line per problem; empty when the database is sound. Never throws for a damaged file:
    /// what cannot be read is a problem line.</summary>
    public static IReadOnlyList<string> Check(string path)
    {
        RequireFile(path);
        try
        {
            using var view = ReadOnlyDatabase.Open(path);
            var problems = new List<string>(ProgressDocuments.ReadAll(view.Database).Lost);
            if (problems.Count == 0)
                problems.AddRange(new MaintenanceCheck(view.Database, MaintenanceSchema.Progress).Run());
            if (DamageFlag.IsSet(path))
                problems.Add(problems.Count == 0
                    ? "LiteDB flagged the file damaged after an earlier error, but every document reads; the next program to open it for writing clears the flag"
                    : "LiteDB flagged the file damaged after an earlier error");
            return problems;
        }
        catch (Exception e) when (DamageFlag.Unreadable(e) || e is Core.Progress.ProgressStoreException)
        {
            return [$"the file cannot be read as a LiteDB database ({ProgressDocuments.Reason(e)})"];
        }
    }

    public static BackupResult Backup(string path, string target, bool force = false)
    {
        RequireFile(path);
        return BackupWriter.Write(path, target, MaintenanceSchema.Progress, force);
    }

    /// <summary>Copies what can be read into <paramref name="target"/>; the source is not changed.</summary>
    public static RecoveryResult Recover(string path, string target, bool force = false)
    {
        RequireFile(path);
        return Recovery.Recover(path, target, force);
    }

    /// <summary>Deletes a trainee with every attempt and turn of theirs by rewriting the file without them
    /// (<see cref="TraineeRemoval"/>). The number of attempts removed, or null for an unknown trainee.</summary>
    public static int? RemoveTrainee(string path, string name)
    {
        RequireFile(path);
        return TraineeRemoval.Remove(path, name);
    }

    private static void RequireFile(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"{path}: no such database", path);
    }
}
