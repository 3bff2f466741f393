namespace TrainingSim.Storage.Tests;

public class OwnerOnlyTests
{
    private const UnixFileMode OwnerFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    [Fact]
    public void Open_NewDatabaseInNewFolder_OwnerOnly()
    {
        if (OperatingSystem.IsWindows())
            return;
        using var folder = new TempFolder();
        var path = DatabasePaths.Resolve(null, null, folder.Path);

        using (LiteDbProgressStore.Open(path))
        {
        }

        Assert.Equal(OwnerFile | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(path)!));
        Assert.Equal(OwnerFile, File.GetUnixFileMode(path));
    }

    [Fact]
    public void Write_TheLogLiteDbKeepsBesideTheFile_ExistsOwnerOnlyBeforeLiteDbWritesIt()
    {
        if (OperatingSystem.IsWindows())
            return;
        using var folder = new TempFolder();
        var path = folder.File("progress.db");
        using var store = LiteDbProgressStore.Open(path);
        var log = ReadOnlyDatabase.LogFile(path);

        var mode = store.WriteWith("a test document", db =>
        {
            db.GetCollection("test").Insert(new LiteDB.BsonDocument { ["reply"] = new string('x', 20_000) });
            return OperatingSystem.IsWindows() ? default : File.GetUnixFileMode(log);
        });

        // LiteDB writes the commit into this file as it is (opening an existing file keeps its mode).
        Assert.Equal(OwnerFile, mode);
    }

    [Fact]
    public void BackupRecoverAndRemove_TheFilesTheyWrite_OwnerOnly()
    {
        if (OperatingSystem.IsWindows())
            return;
        using var folder = new TempFolder();
        var path = folder.File("progress.db");
        using (var store = LiteDbProgressStore.Open(path))
        {
            store.AddTrainee("陈静", "2026-11");
            store.AddTrainee("李娜", "2026-11");
        }

        Assert.True(MaintenanceTasks.Backup(path, folder.File("copy.db")).Verified);
        MaintenanceTasks.Recover(path, folder.File("recovered.db"));
        Assert.Equal(0, MaintenanceTasks.RemoveTrainee(path, "陈静"));

        Assert.Equal(OwnerFile, File.GetUnixFileMode(folder.File("copy.db")));
        Assert.Equal(OwnerFile, File.GetUnixFileMode(folder.File("recovered.db")));
        Assert.Equal(OwnerFile, File.GetUnixFileMode(path));
    }
}
