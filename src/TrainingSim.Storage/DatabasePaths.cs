namespace TrainingSim.Storage;

/// <summary>Where the progress database lives: <c>--db</c>, else <c>$TRAININGSIM_DB</c>, else
/// <c>&lt;local application data&gt;/TrainingSim/progress.db</c>.</summary>
public static class DatabasePaths
{
    public const string EnvironmentVariable = "TRAININGSIM_DB";

    /// <summary>The full path of the database file; creates its folder (owner-only) when missing.</summary>
    /// <exception cref="Core.Progress.ProgressStoreException">The folder cannot be created.</exception>
    public static string Resolve(string? dbOption) =>
        Resolve(dbOption, Environment.GetEnvironmentVariable(EnvironmentVariable),
            Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify));

    /// <summary><see cref="Resolve(string?)"/> with the environment given (for tests).</summary>
    /// <exception cref="Core.Progress.ProgressStoreException">An empty <c>--db</c>, or a device, FIFO or socket.</exception>
    public static string Resolve(string? dbOption, string? environmentValue, string localApplicationData)
    {
        if (dbOption is not null && string.IsNullOrWhiteSpace(dbOption))
            throw new Core.Progress.ProgressStoreException("--db: the path is empty; give the path of a database file.");
        var path = !string.IsNullOrWhiteSpace(dbOption) ? dbOption
            : !string.IsNullOrWhiteSpace(environmentValue) ? environmentValue
            : Path.Combine(localApplicationData, "TrainingSim", "progress.db");
        var full = Path.GetFullPath(path);
        if (FileKind.IsSpecial(full))
            throw new Core.Progress.ProgressStoreException($"{full}: is a device, a pipe or a socket, not a database file; give the path of a file with --db.");
        var folder = Path.GetDirectoryName(full);
        if (string.IsNullOrEmpty(folder) || Directory.Exists(folder))
            return full;
        try
        {
            OwnerOnly.CreateFolder(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new Core.Progress.ProgressStoreException(
                $"{full}: cannot create the folder for the progress database ({e.Message}); choose another place with --db or ${EnvironmentVariable}.", e);
        }

        return full;
    }
}
