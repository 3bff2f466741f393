using TrainingSim.Core.Progress;

namespace TrainingSim.Storage.Tests;

public sealed class DatabasePathsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Resolve_DbOption_WinsOverEnvironment()
    {
        var path = DatabasePaths.Resolve(_folder.File("option.db"), _folder.File("env.db"), _folder.Path);
        Assert.Equal(_folder.File("option.db"), path);
    }

    [Fact]
    public void Resolve_NoOption_EnvironmentVariable()
    {
        Assert.Equal(_folder.File("env.db"), DatabasePaths.Resolve(null, _folder.File("env.db"), _folder.Path));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("/dev/null")]
    public void Resolve_EmptyOrDeviceOption_Refused(string option) =>
        Assert.Throws<Core.Progress.ProgressStoreException>(() => DatabasePaths.Resolve(option, _folder.File("env.db"), _folder.Path));

    [Fact]
    public void Resolve_Neither_UserDataFolderCreated()
    {
        var data = _folder.File("data");
        var path = DatabasePaths.Resolve(null, "", data);
        Assert.Equal(Path.Combine(data, "TrainingSim", "progress.db"), path);
        Assert.True(Directory.Exists(Path.Combine(data, "TrainingSim")));
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Resolve_RelativeOption_FullPathWithFolderCreated()
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, _folder.File(Path.Combine("new", "p.db")));
        var path = DatabasePaths.Resolve(relative, null, _folder.Path);
        Assert.Equal(_folder.File(Path.Combine("new", "p.db")), path);
        Assert.True(Directory.Exists(_folder.File("new")));
    }

    [Fact]
    public void Resolve_FolderCannotBeCreated_ClearError()
    {
        File.WriteAllText(_folder.File("file"), "x");
        var e = Assert.Throws<ProgressStoreException>(() =>
            DatabasePaths.Resolve(_folder.File(Path.Combine("file", "sub", "p.db")), null, _folder.Path));
        Assert.StartsWith(_folder.File(Path.Combine("file", "sub", "p.db")) + ": cannot create the folder", e.Message);
    }
}
