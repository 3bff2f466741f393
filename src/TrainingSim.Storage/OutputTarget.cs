using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace TrainingSim.Storage;

/// <summary>Where <c>export --out</c>, <c>db backup --out</c> and <c>db recover --out</c> write: checked first
/// (never the database or its log, a device, a FIFO, a socket, a symbolic link or a folder; an existing
/// file only when forced), then written to a temporary file in the same folder and renamed into place, so
/// the target is either untouched or complete. Temporary files of a run that was killed are removed by the
/// next run in that folder.</summary>
public static partial class OutputTarget
{
    public const string TemporarySuffix = ".trainingsim-tmp";

    /// <summary>True for a device, a FIFO or a socket.</summary>
    public static bool IsSpecial(string path) => FileKind.IsSpecial(path);

    /// <exception cref="IOException">One line: the target and why it is refused.</exception>
    public static string Check(string target, string databasePath, bool force)
    {
        if (string.IsNullOrWhiteSpace(target))
            throw new IOException("--out: no file named");
        var full = Path.GetFullPath(target);
        var database = Path.GetFullPath(databasePath);
        if (SamePath(full, database) || SamePath(full, ReadOnlyDatabase.LogFile(database)))
            throw Refused(target, "is the progress database (or its log)");
        if (FileKind.IsSymbolicLink(full))
            throw Refused(target, "is a symbolic link");
        if (Directory.Exists(full))
            throw Refused(target, "is a folder");
        if (FileKind.IsSpecial(full))
            throw Refused(target, "is a device, a FIFO or a socket, not a regular file");
        if (File.Exists(full) && !force)
            throw Refused(target, "already exists; add --force to replace it");
        var folder = Path.GetDirectoryName(full);
        if (string.IsNullOrEmpty(folder) || !Directory.Exists(folder))
            throw Refused(target, "is in a folder that does not exist");
        return full;
    }

    /// <summary>Runs <paramref name="write"/> on a temporary path beside <paramref name="target"/> (already
    /// <see cref="Check"/>ed), then renames it into place. The temporary file (and a LiteDB log beside it)
    /// never outlives the call, unless the process is killed; then the next call cleans it up.</summary>
    public static void Write(string target, bool force, Action<string> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var full = Path.GetFullPath(target);
        var folder = Path.GetDirectoryName(full)!;
        CleanUp(folder);
        var temporary = TemporaryPath(full);
        try
        {
            OwnerOnly.CreateFile(temporary);
            write(temporary);
            using (var stream = new FileStream(temporary, FileMode.Open, FileAccess.ReadWrite))
                stream.Flush(flushToDisk: true);
            // Checked again just before the rename: something may have appeared at the target meanwhile.
            if (!force && File.Exists(full))
                throw Refused(target, "already exists; add --force to replace it");
            if (FileKind.IsSymbolicLink(full) || FileKind.IsSpecial(full))
                throw Refused(target, "is no longer a regular file");
            File.Move(temporary, full, overwrite: force);
        }
        finally
        {
            File.Delete(temporary);
            File.Delete(ReadOnlyDatabase.LogFile(temporary));
        }
    }

    /// <summary>A new temporary path beside <paramref name="full"/>, named so that <see cref="CleanUp"/> knows
    /// its process.</summary>
    internal static string TemporaryPath(string full) => Path.Combine(Path.GetDirectoryName(full)!,
        string.Create(CultureInfo.InvariantCulture, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}{TemporarySuffix}"));

    /// <summary>Removes the temporary files of runs that are no longer running (their process id is in the name).</summary>
    public static int CleanUp(string folder)
    {
        var removed = 0;
        IEnumerable<string> files;
        try
        {
            files = Directory.EnumerateFiles(folder, "*" + TemporarySuffix).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }

        foreach (var file in files)
        {
            var match = TemporaryName().Match(Path.GetFileName(file));
            if (!match.Success || IsRunning(int.Parse(match.Groups["pid"].Value, CultureInfo.InvariantCulture)))
                continue;
            try
            {
                File.Delete(file);
                removed++;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Someone else's file, or already gone.
            }
        }

        return removed;
    }

    private static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId)
            return true;
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    private static bool SamePath(string a, string b) =>
        string.Equals(a, b, OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);

    private static IOException Refused(string target, string why) => new($"{target}: not written: the output file {why}");

    [GeneratedRegex(@"^\..+\.(?<pid>\d{1,10})\.[0-9a-f]{32}(-log)?\.trainingsim-tmp$", RegexOptions.CultureInvariant)]
    private static partial Regex TemporaryName();
}
