using System.Text;
using LiteDB;
using TrainingSim.Core.Progress;

namespace TrainingSim.Storage;

public sealed partial class LiteDbProgressStore
{
    /// <summary>The schema this build writes (stored as LiteDB's <c>UserVersion</c>; 0 is a new file).</summary>
    public const int SchemaVersion = 1;

    private const int PageSize = PageAlignedReadStream.PageSize;
    private const int HeaderInfoOffset = 32;
    private const int FileVersionOffset = 59;
    private const int TransactionIdOffset = 14;
    private const byte LiteDbFileVersion = 8;
    private static readonly byte[] HeaderInfo = Encoding.ASCII.GetBytes("** This is a LiteDB file **");

    /// <summary>Opens (or creates) the progress database at <paramref name="path"/>, migrating an older schema.
    /// With <paramref name="readOnly"/> the file must exist and nothing in it (or its log) is ever changed; the
    /// store then holds the file's lock until disposed (one consistent view: other programs wait) and refuses
    /// writes.</summary>
    /// <exception cref="ProgressStoreException">The file is locked, unreadable, damaged, not a LiteDB file, or
    /// from a newer version of TrainingSim. The file is not changed.</exception>
    public static LiteDbProgressStore Open(string path, TimeProvider? clock = null, bool readOnly = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        return readOnly ? OpenReadOnly(full, clock) : OpenForWriting(full, clock);
    }

    /// <summary>For commands that only read (report, export, trainee list): the existing file read-only (so a
    /// read-only file can be reported on, and nothing is changed), else a new empty database as
    /// <see cref="Open"/> creates it.</summary>
    public static LiteDbProgressStore OpenForReading(string path, TimeProvider? clock = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        return File.Exists(full) && new FileInfo(full).Length > 0 ? OpenReadOnly(full, clock) : OpenForWriting(full, clock);
    }

    private static LiteDbProgressStore OpenReadOnly(string full, TimeProvider? clock)
    {
        if (!CheckFile(full))
            throw Problem(full, "does not exist (or is empty)", "give the path of an existing database with --db");
        var view = OpenView(full);
        try
        {
            if (DamageFlag.IsSet(full) && !DamageFlag.Intact(view.Database))
                throw DamagedFlagged(full);
            CheckVersion(full, ReadVersion(full, view.Database));
            return new LiteDbProgressStore(full, view.Database, clock ?? TimeProvider.System, view);
        }
        catch
        {
            view.Dispose();
            throw;
        }
    }

    private static LiteDbProgressStore OpenForWriting(string full, TimeProvider? clock)
    {
        LiteDatabase db;
        // The checks and the opening are one step for other programs (the lock is re-entrant for LiteDB).
        using (DatabaseLock.Acquire(full))
        {
            var exists = CheckFile(full);
            if (exists)
            {
                CheckWritable(full);
                CheckBeforeWriting(full);
            }
            else
            {
                FreeSpace.Require(full, "the new database");
                OwnerOnly.CreateFile(full);
            }
            OwnerOnly.CreateLog(full);
            try
            {
                db = new LiteDatabase(Connection(full, create: !exists));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw Unreadable(full, e);
            }
        }

        var store = new LiteDbProgressStore(full, db, clock ?? TimeProvider.System, owner: null);
        try
        {
            store.Migrate();
        }
        catch
        {
            store.Dispose();
            throw;
        }

        return store;
    }

    private static ConnectionString Connection(string path, bool create) => new()
    {
        Filename = path,
        // Never direct mode: two processes on one file in direct mode corrupt it on Linux.
        Connection = ConnectionType.Shared,
        // Names and ids compare exactly (ordinal); a collation only applies when the file is created.
        Collation = create ? Collation.Binary : null,
    };

    /// <summary>Looks at the path and the file's first page without LiteDB. False when there is no file (or an
    /// empty one).</summary>
    private static bool CheckFile(string path)
    {
        if (Directory.Exists(path))
            throw Problem(path, "is a folder, not a database file", "give the path of a file with --db");
        CheckLogName(path);
        if (!File.Exists(path))
            return false;
        if (OutputTarget.IsSpecial(path))
            throw Problem(path, "is a device, a pipe or a socket, not a database file", "give the path of a file with --db");

        var header = new byte[PageSize];
        int read;
        long length;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            length = stream.Length;
            if (length == 0)
                return false;
            read = stream.ReadAtLeast(header, PageSize, throwOnEndOfStream: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Unreadable(path, e);
        }

        if (read < PageSize || !header.AsSpan(HeaderInfoOffset, HeaderInfo.Length).SequenceEqual(HeaderInfo))
            throw Damaged(path, "is not a LiteDB database (or its first page is damaged)");
        if (header[FileVersionOffset] != LiteDbFileVersion)
            throw Problem(path, $"is a LiteDB file of format {header[FileVersionOffset]}, not the format 8 this program reads",
                "use the TrainingSim version that wrote it, or another --db file");
        return true;
    }

    /// <summary>LiteDB keeps the log of <c>x.db</c> in <c>x-log.db</c> and deletes it when empty: a database
    /// of that name beside <c>x.db</c> would be taken for the log (and lost), so neither is opened.</summary>
    private static void CheckLogName(string path)
    {
        var log = ReadOnlyDatabase.LogFile(path);
        if (File.Exists(log) && IsDataFile(log))
        {
            throw Problem(path, $"has a database file where LiteDB keeps its log ({log})",
                "rename that database (its name must not end in -log) and try again; neither file was changed");
        }
    }

    /// <summary>A data file's first page is its header, checkpointed (no transaction id); a log's first page
    /// is some page of a transaction.</summary>
    private static bool IsDataFile(string path)
    {
        var page = new byte[PageSize];
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            if (stream.ReadAtLeast(page, PageSize, throwOnEndOfStream: false) < PageSize)
                return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }

        return page.AsSpan(HeaderInfoOffset, HeaderInfo.Length).SequenceEqual(HeaderInfo)
               && BitConverter.ToUInt32(page, TransactionIdOffset) == uint.MaxValue;
    }

    /// <summary>A file this program may not write (permissions, a read-only disk) is said so before anything else.</summary>
    private static void CheckWritable(string path)
    {
        try
        {
            using var probe = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ProgressStoreException(
                $"{path}: the progress database is read-only ({OneLine(e.Message)}): nothing can be stored in it; " +
                "report, export and trainee list still work; nothing was changed.", writeFailed: true, e);
        }
    }

    /// <summary>Reads an existing file read-only first (<see cref="ReadOnlyDatabase"/>: nothing trimmed, no
    /// flag set), so a damaged or newer file is never written to. A file LiteDB flagged damaged after an
    /// earlier error is read whole: intact, the flag is cleared; otherwise it is refused and
    /// <c>db recover</c> named.</summary>
    private static void CheckBeforeWriting(string path)
    {
        using var view = OpenView(path);
        var version = ReadVersion(path, view.Database);
        if (DamageFlag.IsSet(path))
        {
            if (!DamageFlag.Intact(view.Database))
                throw DamagedFlagged(path);
            DamageFlag.Clear(path);
        }

        CheckVersion(path, version);
    }

    private static ReadOnlyDatabase OpenView(string path)
    {
        try
        {
            return ReadOnlyDatabase.Open(path);
        }
        catch (ProgressStoreException)
        {
            throw;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Unreadable(path, e);
        }
        catch (Exception e) when (DamageFlag.Unreadable(e))
        {
            throw Damaged(path, $"cannot be read as a LiteDB database ({OneLine(e.Message)})", e);
        }
    }

    /// <summary>The data version, after touching each collection's pages and first document: cheap, and finds
    /// most damage before any write.</summary>
    private static int ReadVersion(string path, LiteDatabase db)
    {
        try
        {
            var version = db.UserVersion;
            foreach (var name in db.GetCollectionNames().ToList())
                _ = db.GetCollection(name).Query().Limit(1).ToList();
            return version;
        }
        catch (Exception e) when (DamageFlag.Unreadable(e))
        {
            throw Damaged(path, $"cannot be read as a LiteDB database ({OneLine(e.Message)})", e);
        }
    }

    private static void CheckVersion(string path, int version)
    {
        if (version > SchemaVersion)
        {
            throw Problem(path,
                $"was written by a newer TrainingSim (data version {version}; this program knows up to {SchemaVersion})",
                "update TrainingSim, or use another --db file; the file was not changed");
        }

        if (version < 0)
            throw Damaged(path, $"has an unknown data version {version}");
    }

    /// <summary>Brings the schema to <see cref="SchemaVersion"/>. Each step is idempotent, so two processes
    /// migrating at once do no harm. (Indexes and the version cannot be set inside one LiteDB transaction.)</summary>
    private void Migrate()
    {
        Run(() =>
        {
            var version = _db.UserVersion;
            CheckVersion(FilePath, version);
            if (version == SchemaVersion)
                return true;

            FreeSpace.Require(FilePath, "the new database");
            // 0 → 1: a new file (or one written before versions were stored): collections and indexes.
            _trainees.EnsureIndex("_id");
            _attempts.EnsureIndex("trainee");
            _attempts.EnsureIndex("cohort");
            _attempts.EnsureIndex("scenario");
            _turns.EnsureIndex("attempt");
            _db.UserVersion = SchemaVersion;
            return true;
        }, write: true, "the new database");
    }

    private static ProgressStoreException Unreadable(string path, Exception e) =>
        Problem(path, $"cannot be opened ({OneLine(e.Message)})",
            "close any other program holding it and check its permissions, or use another --db file", e);

    private static ProgressStoreException Damaged(string path, string what, Exception? inner = null) =>
        Problem(path, what, "run 'trainingsim db recover --out NEW' to copy what can be read, or restore a backup; the file was not changed", inner);

    private static ProgressStoreException DamagedFlagged(string path) =>
        Damaged(path, "was marked damaged by LiteDB after an earlier error, and reading it whole finds damage");

    private static ProgressStoreException Problem(string path, string what, string todo, Exception? inner = null)
    {
        var message = $"{path}: the progress database {what}; {todo}.";
        return inner is null ? new ProgressStoreException(message) : new ProgressStoreException(message, inner);
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim().TrimEnd('.');
}
