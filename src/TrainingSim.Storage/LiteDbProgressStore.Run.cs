using LiteDB;
using TrainingSim.Core.Progress;

namespace TrainingSim.Storage;

public sealed partial class LiteDbProgressStore
{
    /// <summary>One transaction. Since LiteDB 5.0.21 Commit writes the log itself before it returns (5.0.20
    /// queued it for a background writer), so a committed write survives kill -9 without an explicit
    /// checkpoint; shared mode checkpoints when each operation closes the file anyway.</summary>
    private T Write<T>(Func<T> body) => Run(() =>
    {
        _db.BeginTrans();
        T result;
        try
        {
            result = body();
        }
        catch
        {
            _db.Rollback();
            throw;
        }

        _db.Commit();
        return result;
    });

    /// <summary>Several reads as one consistent snapshot (the file stays open and locked in between).</summary>
    private T Read<T>(Func<T> body) => Run(() =>
    {
        _db.BeginTrans();
        try
        {
            return body();
        }
        finally
        {
            _db.Rollback();
        }
    });

    private T Run<T>(Func<T> body)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            try
            {
                return body();
            }
            catch (Exception e) when (e is LiteException or IOException or UnauthorizedAccessException)
            {
                throw new ProgressStoreException(
                    $"{FilePath}: the progress database could not be read or written ({OneLine(e.Message)}); " +
                    "check the disk and its permissions, or restore a backup.", e);
            }
        }
    }
}
