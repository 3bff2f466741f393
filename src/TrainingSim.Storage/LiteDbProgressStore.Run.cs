using LiteDB;
using TrainingSim.Core.Progress;

namespace TrainingSim.Storage;

public sealed partial class LiteDbProgressStore
{
    /// <summary>False only in benchmarks, to measure what the checkpoint after each write costs.</summary>
    internal bool CheckpointEachWrite { get; set; } = true;

    /// <summary>One transaction, then a checkpoint (the log copied into the data file) so the write survives
    /// kill -9 even before LiteDB's own checkpoint on close. Cost measured in StorageBenchmarks.</summary>
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
        if (CheckpointEachWrite)
            _db.Checkpoint();
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
