namespace TrainingSim.Storage;

/// <summary>New progress files and the data folder are readable by their owner only (0600 and 0700 on Unix;
/// on Windows the user's local application data folder is already private to the user). That covers every file
/// that holds trainee data: the database, the log LiteDB keeps beside it (<c>x-log.db</c>, made again for each
/// operation, so it is made owner-only before each one), and the temporary files of backups, recoveries, exports
/// and <c>trainee remove</c> (which become the backup, the export or the database itself).</summary>
internal static class OwnerOnly
{
    private const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode FolderMode = FileMode | UnixFileMode.UserExecute;

    /// <summary>Creates the folder (and missing parents) owner-only.</summary>
    public static void CreateFolder(string folder)
    {
        if (OperatingSystem.IsWindows())
            Directory.CreateDirectory(folder);
        else
            Directory.CreateDirectory(folder, FolderMode);
    }

    /// <summary>Creates an empty file owner-only, unless one exists by then (another process was first).</summary>
    public static void CreateFile(string path)
    {
        if (OperatingSystem.IsWindows())
            return;
        try
        {
            using var _ = new FileStream(path, new FileStreamOptions
            {
                Mode = System.IO.FileMode.CreateNew,
                Access = FileAccess.Write,
                Share = FileShare.ReadWrite | FileShare.Delete,
                UnixCreateMode = FileMode,
            });
        }
        catch (IOException) when (File.Exists(path))
        {
        }
    }

    /// <summary>Creates a database file and its LiteDB log owner-only, before LiteDB opens them (LiteDB keeps the
    /// mode of a file that exists, and would create missing ones with the process's default mode).</summary>
    public static void CreateDatabase(string path)
    {
        CreateFile(path);
        CreateLog(path);
    }

    /// <summary>Creates the (empty) log of the database owner-only unless it exists; LiteDB treats an empty log as
    /// none and deletes it when the operation ends. A folder where it cannot be made (read-only) is left to LiteDB,
    /// whose own write then fails with the reason.</summary>
    public static void CreateLog(string databasePath)
    {
        try
        {
            CreateFile(ReadOnlyDatabase.LogFile(databasePath));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}
