using System.Text;
using LiteDB;
using TrainingSim.Core.Progress;

namespace TrainingSim.Storage;

public sealed partial class LiteDbProgressStore
{
    /// <summary>The schema this build writes (stored as LiteDB's <c>UserVersion</c>; 0 is a new file).</summary>
    public const int SchemaVersion = 1;

    private const int PageSize = 8192;
    private const int HeaderInfoOffset = 32;
    private const int FileVersionOffset = 59;
    private const int InvalidStateOffset = 191;
    private const byte LiteDbFileVersion = 8;
    private static readonly byte[] HeaderInfo = Encoding.ASCII.GetBytes("** This is a LiteDB file **");

    /// <summary>Opens (or creates) the progress database at <paramref name="path"/>, migrating an older schema.</summary>
    /// <exception cref="ProgressStoreException">The file is locked, unreadable, damaged, not a LiteDB file, or
    /// from a newer version of TrainingSim. The file is not changed.</exception>
    public static LiteDbProgressStore Open(string path, TimeProvider? clock = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        var exists = CheckFile(full);
        if (exists)
            CheckReadOnly(full);

        if (!exists)
            OwnerOnly.CreateFile(full);
        var db = new LiteDatabase(Connection(full, readOnly: false, create: !exists));
        var store = new LiteDbProgressStore(full, db, clock ?? TimeProvider.System);
        try
        {
            store.Migrate();
        }
        catch
        {
            db.Dispose();
            throw;
        }

        return store;
    }

    private static ConnectionString Connection(string path, bool readOnly, bool create) => new()
    {
        Filename = path,
        // Never direct mode: two processes on one file in direct mode corrupt it on Linux.
        Connection = ConnectionType.Shared,
        ReadOnly = readOnly,
        // Names and ids compare exactly (ordinal); a collation only applies when the file is created.
        Collation = create ? Collation.Binary : null,
    };

    /// <summary>Looks at the file's first page without LiteDB. False when there is no file (or an empty one).</summary>
    private static bool CheckFile(string path)
    {
        if (Directory.Exists(path))
            throw Problem(path, "is a folder, not a database file", "give the path of a file with --db");
        if (!File.Exists(path))
            return false;

        var header = new byte[PageSize];
        int read;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            if (stream.Length == 0)
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
        if (header[InvalidStateOffset] != 0)
            throw Damaged(path, "was marked damaged by LiteDB after an earlier error");
        return true;
    }

    /// <summary>Opens an existing file read-only first, so a damaged or newer file is never written to. (Damage
    /// deeper in the file shows only when an operation reaches it: that operation fails with a
    /// <see cref="ProgressStoreException"/>, and LiteDB flags the file's header so the next open refuses it;
    /// nothing is rebuilt.)</summary>
    private static void CheckReadOnly(string path)
    {
        int version;
        try
        {
            using var db = new LiteDatabase(Connection(path, readOnly: true, create: false));
            version = db.UserVersion;
            // Touch each collection's pages and first document: cheap, and finds most damage before any write.
            foreach (var name in db.GetCollectionNames().ToList())
                _ = db.GetCollection(name).Query().Limit(1).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Unreadable(path, e);
        }
        catch (Exception e) when (e is LiteException or InvalidOperationException or InvalidCastException
                                   or IndexOutOfRangeException or ArgumentException or FormatException)
        {
            throw Damaged(path, $"cannot be read as a LiteDB database ({OneLine(e.Message)})", e);
        }

        CheckVersion(path, version);
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
    /// migrating at once do no harm.</summary>
    private void Migrate()
    {
        Run(() =>
        {
            var version = _db.UserVersion;
            CheckVersion(FilePath, version);
            if (version == SchemaVersion)
                return true;

            // 0 → 1: a new file (or one written before versions were stored): collections and indexes.
            _trainees.EnsureIndex("_id");
            _attempts.EnsureIndex("trainee");
            _attempts.EnsureIndex("cohort");
            _attempts.EnsureIndex("scenario");
            _turns.EnsureIndex("attempt");
            _db.UserVersion = SchemaVersion;
            _db.Checkpoint();
            return true;
        });
    }

    private static ProgressStoreException Unreadable(string path, Exception e) =>
        Problem(path, $"cannot be opened ({OneLine(e.Message)})",
            "close any other program holding it and check its permissions, or use another --db file", e);

    private static ProgressStoreException Damaged(string path, string what, Exception? inner = null) =>
        Problem(path, what, "restore a backup or use another --db file; the file was not changed", inner);

    private static ProgressStoreException Problem(string path, string what, string todo, Exception? inner = null)
    {
        var message = $"{path}: the progress database {what}; {todo}.";
        return inner is null ? new ProgressStoreException(message) : new ProgressStoreException(message, inner);
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim().TrimEnd('.');
}
