namespace TrainingSim.Storage.Tests.Maintenance;

public class MaintenanceTests
{
    [Fact]
    public void Check_NoSuchFile_FileNotFound() =>
        Assert.Throws<FileNotFoundException>(() => MaintenanceTasks.Check(Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".db")));
}
