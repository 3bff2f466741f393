using TrainingSim.Storage;

namespace TrainingSim.Cli;

/// <summary>Where the shipped library and the progress database are when no option names them.</summary>
public static class DefaultLocations
{
    public const string ScenariosFolder = "scenarios";
    public const string ContentFolder = "content";
    private const string RepositoryMarker = "TrainingSim.sln";

    /// <summary>The shipped folder beside the program (the build copies it there), else in the checkout that
    /// contains the current directory; null when neither has it.</summary>
    public static string? FindShipped(string folder, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var besideProgram = Path.Combine(environment.ProgramDirectory, folder);
        if (Directory.Exists(besideProgram))
            return besideProgram;

        for (var dir = new DirectoryInfo(environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, folder);
            if (File.Exists(Path.Combine(dir.FullName, RepositoryMarker)) && Directory.Exists(candidate))
                return candidate;
        }

        return null;
    }

    /// <summary><c>--db</c>, else <c>$TRAININGSIM_DB</c>, else <c>&lt;user data dir&gt;/TrainingSim/progress.db</c>
    /// (the storage's rule; its folder is created when missing).</summary>
    public static string Database(string? option, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return DatabasePaths.Resolve(option, environment.DatabaseVariable, environment.UserDataDirectory);
    }
}
