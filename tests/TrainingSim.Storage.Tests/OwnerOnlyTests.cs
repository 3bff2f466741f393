namespace TrainingSim.Storage.Tests;

public class OwnerOnlyTests
{
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

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(path)!));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
    }
}
