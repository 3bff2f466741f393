using System.Globalization;
using TrainingSim.Core.Progress;

namespace TrainingSim.Storage;

/// <summary>Refuses a write before it starts when the disk of the database has almost no room left, so a
/// full disk gives one clear line and the file is not touched. (A disk that fills up during the write
/// is still caught by the write itself: see <see cref="LiteDbProgressStore"/>.)</summary>
internal static class FreeSpace
{
    /// <summary>Room a write must find: LiteDB writes whole 8 KB pages to the log, then to the file.</summary>
    public const long Reserve = 512 * 1024;

    public static void Require(string path, string what)
    {
        long free;
        try
        {
            free = new DriveInfo(Path.GetDirectoryName(path) ?? ".").AvailableFreeSpace;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return; // no figure for this kind of disk: the write itself will tell
        }

        if (free < Reserve)
        {
            throw new ProgressStoreException(string.Create(CultureInfo.InvariantCulture,
                $"{path}: {what} was not stored: the disk is full ({free / 1024} KB free, {Reserve / 1024} KB needed); free some space and try again."),
                writeFailed: true);
        }
    }
}
