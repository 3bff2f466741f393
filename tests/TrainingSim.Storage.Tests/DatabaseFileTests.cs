using LiteDB;
using TrainingSim.Core.Progress;
using TrainingSim.Core.Tests.Progress;

namespace TrainingSim.Storage.Tests;

/// <summary>Files the store must refuse with one clear line, leaving them exactly as they were.</summary>
public sealed class DatabaseFileTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string Db => _folder.File("progress.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Open_NoFile_CreatesDatabaseAtCurrentVersion()
    {
        using (var store = LiteDbProgressStore.Open(Db))
            store.AddTrainee("a", null);

        using var db = new LiteDatabase(new ConnectionString { Filename = Db, Connection = ConnectionType.Shared });
        Assert.Equal(LiteDbProgressStore.SchemaVersion, db.UserVersion);
        Assert.Equal(["attempts", "trainees", "turns"], db.GetCollectionNames().Order());
        Assert.Contains(db.GetCollection("$indexes").FindAll(), i => i["collection"] == "turns" && i["name"] == "attempt");
    }

    [Fact]
    public void Open_EmptyFile_CreatesDatabase()
    {
        File.WriteAllBytes(Db, []);
        using var store = LiteDbProgressStore.Open(Db);
        Assert.Empty(store.ListTrainees());
    }

    [Fact]
    public void Open_OlderSchema_Migrated()
    {
        using (var db = new LiteDatabase(new ConnectionString { Filename = Db, Connection = ConnectionType.Shared }))
            db.GetCollection("trainees").Insert(new BsonDocument { ["_id"] = "old", ["cohort"] = BsonValue.Null, ["created"] = 0L, ["createdOff"] = 0 });

        using (var store = LiteDbProgressStore.Open(Db))
            Assert.Equal("old", Assert.Single(store.ListTrainees()).Name);
        using var check = new LiteDatabase(new ConnectionString { Filename = Db, Connection = ConnectionType.Shared });
        Assert.Equal(LiteDbProgressStore.SchemaVersion, check.UserVersion);
    }

    [Fact]
    public void Open_NewerSchema_RefusedAndUnchanged()
    {
        using (var store = LiteDbProgressStore.Open(Db))
            store.StartAttempt(Records.Attempt("a"));
        using (var db = new LiteDatabase(new ConnectionString { Filename = Db, Connection = ConnectionType.Shared }))
        {
            db.UserVersion = LiteDbProgressStore.SchemaVersion + 1;
            db.Checkpoint();
        }

        var message = AssertRefusedUnchanged();
        Assert.Contains("newer TrainingSim", message);
        Assert.Contains("update TrainingSim", message);
    }

    [Fact]
    public void Open_RandomBytes_RefusedAndUnchanged()
    {
        var bytes = new byte[3 * 8192 + 100];
        new Random(7).NextBytes(bytes);
        File.WriteAllBytes(Db, bytes);
        Assert.Contains("not a LiteDB database", AssertRefusedUnchanged());
    }

    [Fact]
    public void Open_TextFile_RefusedAndUnchanged()
    {
        File.WriteAllText(Db, "name,score\nalice,90\n");
        Assert.Contains("not a LiteDB database", AssertRefusedUnchanged());
    }

    [Fact]
    public void Open_TruncatedDatabase_RefusedAndUnchanged()
    {
        using (var store = LiteDbProgressStore.Open(Db))
            store.AddTrainee("a", null);
        var bytes = File.ReadAllBytes(Db);
        File.WriteAllBytes(Db, bytes[..5000]);
        Assert.Contains("not a LiteDB database", AssertRefusedUnchanged());
    }

    [Fact]
    public void Open_DamagedPages_RefusedAndUnchanged()
    {
        using (var store = LiteDbProgressStore.Open(Db))
        {
            store.StartAttempt(Records.Attempt("a"));
            store.RecordTurn(store.Attempts(AttemptQuery.All)[0].Id, Records.Turn(0));
        }

        var bytes = File.ReadAllBytes(Db);
        new Random(3).NextBytes(bytes.AsSpan(8192));
        File.WriteAllBytes(Db, bytes);
        Assert.Contains("cannot be read", AssertRefusedUnchanged());
    }

    [Fact]
    public void Open_OtherFileFormatVersion_RefusedAndUnchanged()
    {
        using (var store = LiteDbProgressStore.Open(Db))
            store.AddTrainee("a", null);
        var bytes = File.ReadAllBytes(Db);
        bytes[59] = 7;
        File.WriteAllBytes(Db, bytes);
        Assert.Contains("format 7", AssertRefusedUnchanged());
    }

    [Fact]
    public void Open_FileLockedByAnotherProgram_Refused()
    {
        using (var store = LiteDbProgressStore.Open(Db))
            store.AddTrainee("a", null);
        var before = Snapshot();
        using (new FileStream(Db, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
            var e = Assert.Throws<ProgressStoreException>(() => LiteDbProgressStore.Open(Db));
            Assert.StartsWith(Db + ": the progress database cannot be opened", e.Message);
            Assert.Contains("close any other program", e.Message);
            Assert.DoesNotContain('\n', e.Message);
        }

        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void Open_Folder_Refused()
    {
        var e = Assert.Throws<ProgressStoreException>(() => LiteDbProgressStore.Open(_folder.Path));
        Assert.StartsWith(_folder.Path + ": ", e.Message);
        Assert.Contains("is a folder", e.Message);
    }

    /// <summary>Open throws a one-line message naming the file, and the folder's files are byte for byte the same.</summary>
    private string AssertRefusedUnchanged()
    {
        var before = Snapshot();
        var e = Assert.Throws<ProgressStoreException>(() => LiteDbProgressStore.Open(Db));
        Assert.Equal(before, Snapshot());
        Assert.StartsWith(Db + ": the progress database ", e.Message);
        Assert.DoesNotContain('\n', e.Message);
        Assert.EndsWith(".", e.Message);
        return e.Message;
    }

    private string Snapshot() => string.Join("\n", Directory.GetFiles(_folder.Path).Order()
        .Select(f => $"{Path.GetFileName(f)} {Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))}"));
}
