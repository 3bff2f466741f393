using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using TrainingSim.Core.Progress;

namespace TrainingSim.Storage;

/// <summary>The named mutex LiteDB's shared mode takes around every operation on a file (same name), taken
/// first by this program with a time limit. LiteDB itself waits on it forever; holding it already (a
/// mutex is re-entrant on its thread) turns that wait into ours, which gives up after <see cref="Timeout"/>
/// with one clear line instead of hanging.</summary>
internal sealed class DatabaseLock : IDisposable
{
    /// <summary>How long an operation waits for another program's operation on the same file.</summary>
    public static TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(
        int.TryParse(Environment.GetEnvironmentVariable("TRAININGSIM_LOCK_TIMEOUT"), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? seconds : 30);

    private readonly Mutex _mutex;

    private DatabaseLock(Mutex mutex) => _mutex = mutex;

    /// <exception cref="ProgressStoreException">Another program held the file longer than <see cref="Timeout"/>.</exception>
    public static DatabaseLock Acquire(string path) => Acquire(path, Timeout);

    public static DatabaseLock Acquire(string path, TimeSpan timeout)
    {
        var mutex = new Mutex(false, Name(path));
        try
        {
            if (!mutex.WaitOne(timeout))
            {
                throw new ProgressStoreException(
                    $"{path}: the progress database is busy: another program has held it for more than {timeout.TotalSeconds:0.#} s; " +
                    "nothing was read or stored; try again, or close the program that holds it.", writeFailed: true);
            }
        }
        catch (AbandonedMutexException)
        {
            // A killed program held it; the mutex is ours now. LiteDB's own files tell what was committed.
        }
        catch
        {
            mutex.Dispose();
            throw;
        }

        return new DatabaseLock(mutex);
    }

    public void Dispose()
    {
        _mutex.ReleaseMutex();
        _mutex.Dispose();
    }

    /// <summary>LiteDB 5's name for the file's mutex (SharedEngine): SHA-1 of the lower-cased full path.</summary>
    private static string Name(string path)
    {
        var hash = SHA1.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(path).ToLower(CultureInfo.CurrentCulture)));
        return "Global\\" + Convert.ToHexString(hash) + ".Mutex";
    }
}
