using TrainingSim.Cli.Tests.Support;

namespace TrainingSim.Cli.Tests.Hosting;

public class DefaultLocationsTests
{
    [Fact]
    public void Database_OptionGiven_WinsOverTheVariable()
    {
        using var temp = new TempFolder();
        var environment = InProcessCli.Environment() with { DatabaseVariable = temp.File("other.db") };

        Assert.Equal(temp.File("mine.db"), DefaultLocations.Database(temp.File("mine.db"), environment));
    }

    [Fact]
    public void Database_OnlyTheVariable_UsesIt()
    {
        using var temp = new TempFolder();
        var environment = InProcessCli.Environment() with { DatabaseVariable = temp.File("other.db") };

        Assert.Equal(temp.File("other.db"), DefaultLocations.Database(null, environment));
    }

    [Fact]
    public void Database_NeitherGiven_IsInTheUserDataFolderWhichIsCreated()
    {
        using var temp = new TempFolder();
        var environment = InProcessCli.Environment() with { UserDataDirectory = temp.File("share") };

        var path = DefaultLocations.Database(null, environment);

        Assert.Equal(Path.Combine(temp.Path, "share", "TrainingSim", "progress.db"), path);
        Assert.True(Directory.Exists(Path.GetDirectoryName(path)));
    }

    [Fact]
    public void FindShipped_FolderBesideTheProgram_IsFound()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.File("program/scenarios"));
        var environment = InProcessCli.Environment(currentDirectory: temp.Path, programDirectory: temp.File("program"));

        Assert.Equal(temp.File("program/scenarios"), DefaultLocations.FindShipped("scenarios", environment));
    }

    [Fact]
    public void FindShipped_NotBesideTheProgram_WalksUpToTheCheckout()
    {
        using var temp = new TempFolder();
        temp.Write("repo/TrainingSim.sln", "");
        Directory.CreateDirectory(temp.File("repo/content"));
        Directory.CreateDirectory(temp.File("repo/src/deep/er"));
        var environment = InProcessCli.Environment(currentDirectory: temp.File("repo/src/deep/er"), programDirectory: temp.File("bin"));

        Assert.Equal(temp.File("repo/content"), DefaultLocations.FindShipped("content", environment));
    }

    [Fact]
    public void FindShipped_NowhereToBeFound_IsNull()
    {
        using var temp = new TempFolder();
        var environment = InProcessCli.Environment(currentDirectory: temp.Path, programDirectory: temp.Path);

        Assert.Null(DefaultLocations.FindShipped("content", environment));
    }
}
