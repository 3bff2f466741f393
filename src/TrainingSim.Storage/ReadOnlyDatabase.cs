using LiteDB;
using LiteDB.Engine;

namespace TrainingSim.Storage;

/// <summary>A progress database (and its log) opened so that nothing can change it: read-only streams under
/// the file's lock (<see cref="DatabaseLock"/>), held until disposal so the view is one consistent snapshot
/// and no other program writes half-way. Used by <c>db check</c>, <c>db backup</c>, <c>db recover</c>, the
/// reading commands and the checks before a file is opened for writing.</summary>
internal sealed class ReadOnlyDatabase : IDisposable
{
    private readonly DatabaseLock _lock;
    private readonly Stream _data;
    private readonly Stream? _log;

    private ReadOnlyDatabase(DatabaseLock held, Stream data, Stream? log, LiteDatabase database)
    {
        _lock = held;
        _data = data;
        _log = log;
        Database = database;
    }

    public LiteDatabase Database { get; }

    public static ReadOnlyDatabase Open(string path)
    {
        var held = DatabaseLock.Acquire(path);
        Stream? data = null;
        Stream? log = null;
        try
        {
            data = PageAlignedReadStream.Open(path);
            if (data.Length < PageAlignedReadStream.PageSize)
                throw Unreadable(path, "is shorter than one page");
            var logPath = LogFile(path);
            if (File.Exists(logPath) && new FileInfo(logPath).Length > 0)
                log = PageAlignedReadStream.Open(logPath);
            var engine = new LiteEngine(new EngineSettings
            {
                DataStream = data,
                LogStream = log ?? new MemoryStream(),
                TempStream = new MemoryStream(),
                ReadOnly = true,
            });
            return new ReadOnlyDatabase(held, data, log, new LiteDatabase(engine));
        }
        catch (Exception e) when (e is not Core.Progress.ProgressStoreException and not IOException and not UnauthorizedAccessException
                                  && DamageFlag.Unreadable(e))
        {
            log?.Dispose();
            data?.Dispose();
            held.Dispose();
            throw Unreadable(path, $"cannot be read ({ProgressDocuments.Reason(e)})", e);
        }
        catch
        {
            log?.Dispose();
            data?.Dispose();
            held.Dispose();
            throw;
        }
    }

    private static Core.Progress.ProgressStoreException Unreadable(string path, string what, Exception? inner = null) => new(
        $"{path}: the progress database {what}: it is not a LiteDB database, or its first pages are damaged; restore a backup.",
        writeFailed: false, inner);

    /// <summary>LiteDB's log file of a database: <c>x.db</c> → <c>x-log.db</c>.</summary>
    public static string LogFile(string path) =>
        Path.Combine(Path.GetDirectoryName(path) ?? ".", Path.GetFileNameWithoutExtension(path) + "-log" + Path.GetExtension(path));

    public void Dispose()
    {
        try
        {
            Database.Dispose();
        }
        catch (Exception e) when (DamageFlag.Unreadable(e))
        {
            // Closing a read-only view of a damaged file: nothing to save, nothing written.
        }

        _log?.Dispose();
        _data.Dispose();
        _lock.Dispose();
    }
}
