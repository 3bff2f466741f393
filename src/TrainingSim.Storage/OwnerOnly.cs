namespace TrainingSim.Storage;

/// <summary>New progress files and the data folder are readable by their owner only (0600 and 0700 on Unix;
/// on Windows the user's local application data folder is already private to the user).</summary>
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
}
