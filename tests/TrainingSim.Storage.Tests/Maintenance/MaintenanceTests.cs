using static TrainingSim.Storage.Tests.Maintenance.MaintenanceCheckTests;

namespace TrainingSim.Storage.Tests.Maintenance;

public class MaintenanceTests
{
    [Fact]
    public void Compact_Database_KeepsEveryRecordIndexAndTheVersion()
    {
        using var folder = new TempFolder();
        var path = folder.File("progress.db");
        using (var database = Open(path))
        {
            Fill(database);
            database.UserVersion = 1;
            database.GetCollection("turns").Delete(11);
        }

        MaintenanceTasks.Compact(path);

        Assert.Empty(MaintenanceTasks.Check(path));
        using var reopened = Open(path);
        Assert.Equal((1, 1, 3), (reopened.UserVersion, reopened.GetCollection("turns").Count(),
            reopened.GetCollection("$indexes").Count(LiteDB.Query.EQ("collection", "turns"))));
    }

    [Fact]
    public void Check_NoSuchFile_FileNotFound() =>
        Assert.Throws<FileNotFoundException>(() => MaintenanceTasks.Check(Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".db")));
}
