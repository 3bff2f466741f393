using LiteDB;
using TrainingSim.Core.Progress;

namespace TrainingSim.Storage;

public sealed partial class LiteDbProgressStore
{
    /// <summary>One transaction, after a check that the disk has room. Since LiteDB 5.0.21 Commit writes the
    /// log itself before it returns (5.0.20 queued it for a background writer), so a committed write survives
    /// kill -9 without an explicit checkpoint; shared mode checkpoints when each operation closes the file.
    /// A write that fails leaves nothing of itself (LiteDB ignores a log transaction that was not confirmed),
    /// says so (<see cref="ProgressStoreException.WriteFailed"/>), and makes this store unusable: after an I/O
    /// error a LiteDB instance keeps failing (#2821).</summary>
    /// <param name="what">What is stored, for the message: "trainee 李娜", "turn 3".</param>
    private T Write<T>(string what, Func<T> body)
    {
        if (_readOnly)
            throw new ProgressStoreException($"{FilePath}: {what} was not stored: the progress database is open read-only.", writeFailed: true);
        return Run(() =>
        {
            FreeSpace.Require(FilePath, what);
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
        }, write: true, what);
    }

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
    }, write: false);

    private T Run<T>(Func<T> body, bool write = false, string what = "the change")
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_failure is not null)
                throw _failure;
            try
            {
                // The read-only view holds the lock for its whole life.
                using var held = _readOnly ? null : DatabaseLock.Acquire(FilePath);
                if (!_readOnly)
                    OwnerOnly.CreateLog(FilePath);
                return body();
            }
            catch (ProgressStoreException)
            {
                throw;
            }
            catch (Exception e) when (e is LiteException or IOException or UnauthorizedAccessException or NotSupportedException
                                       || (!write && DamageFlag.Unreadable(e)))
            {
                if (!write && _readOnly)
                    throw Unreadable(e);
                _failure = write ? NotStored(what, e) : Unreadable(e);
                AfterFailure();
                throw _failure;
            }
        }
    }

    private ProgressStoreException NotStored(string what, Exception e) => new(
        $"{FilePath}: {what} was not stored ({OneLine(e.Message)}); nothing of it is in the database; " +
        "free some disk space or check the file's permissions, then try again.", writeFailed: true, e);

    private ProgressStoreException Unreadable(Exception e) => new(
        $"{FilePath}: the progress database could not be read ({OneLine(e.Message)}); " +
        "check the disk and its permissions, or run 'trainingsim db recover --out NEW'.", writeFailed: false, e);

    /// <summary>Closes LiteDB's failed instance, then undoes LiteDB's damaged flag when the data is intact
    /// (#2821: a clean-up step after the I/O error sets it although every committed document reads).</summary>
    private void AfterFailure()
    {
        try
        {
            _db.Dispose();
        }
        catch (Exception e) when (DamageFlag.Unreadable(e))
        {
            // The instance is already broken; the file is checked below.
        }

        try
        {
            if (!File.Exists(FilePath) || !DamageFlag.IsSet(FilePath))
                return;
            using var view = ReadOnlyDatabase.Open(FilePath);
            if (DamageFlag.Intact(view.Database))
                DamageFlag.Clear(FilePath);
        }
        catch (Exception e) when (DamageFlag.Unreadable(e) || e is ProgressStoreException or UnauthorizedAccessException)
        {
            // Left flagged: the next open reads it whole again and decides.
        }
    }
}
