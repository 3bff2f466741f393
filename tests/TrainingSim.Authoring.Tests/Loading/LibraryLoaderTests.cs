namespace TrainingSim.Authoring.Tests.Loading;

public sealed class LibraryLoaderTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "ts-library-" + Guid.NewGuid().ToString("N"));

    public LibraryLoaderTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static string Scenario(string id, string end = "resolved") => $"""
        format: 1
        id: {id}
        title: 测试
        language: zh-CN
        module: 测试
        steps:
          ask:
            say: 你好
            rubric:
              - {"{"}id: greet, skill: courtesy, points: 2, any: [您好]{"}"}
            model: 您好
            next: done
          done:
            end: {end}
        """;

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Load_Folder_FindsYamlAndYmlRecursivelyInOrdinalOrder()
    {
        Write("b/two.yml", Scenario("two"));
        Write("a/one.yaml", Scenario("one"));
        Write("a/notes.txt", "not a scenario");
        Write("c/d/three.YAML", Scenario("three"));

        var result = LibraryLoader.Load([_root], TestSupport.Content);

        Assert.Equal(["one", "two", "three"], result.Scenarios.Select(s => s.Id));
        Assert.Equal(3, result.Files.Count);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Load_DuplicateScenarioId_NamesBothFilesAndKeepsTheFirst()
    {
        var first = Write("a.yaml", Scenario("same"));
        var second = Write("b.yaml", Scenario("same", end: "other"));

        var result = LibraryLoader.Load([_root], TestSupport.Content);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal($"{second}:2:5: error TS0201: duplicate scenario id `same`: also used by {first}:2:5", diagnostic.ToString());
        Assert.Equal(first, Assert.Single(result.Scenarios).SourcePath);
        Assert.True(result.HasErrors);
    }

    [Fact]
    public void Load_SameFileTwice_LoadsItOnce()
    {
        var path = Write("a.yaml", Scenario("once"));

        var result = LibraryLoader.Load([path, _root], TestSupport.Content);

        Assert.Single(result.Files);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Load_MissingPath_ReportsUnreadable()
    {
        var missing = Path.Combine(_root, "nope");

        var result = LibraryLoader.Load([missing], TestSupport.Content);

        Assert.Equal($"{missing}:1:1: error TS0011: cannot read it: no such file or folder", Assert.Single(result.Diagnostics).ToString());
        Assert.Empty(result.Scenarios);
    }

    [Fact]
    public void Load_MixedFiles_KeepsDiagnosticsInFileOrderAndOnlyValidScenarios()
    {
        Write("1.yaml", Scenario("good"));
        Write("2.yaml", "format: 1\nid: bad\n");
        Write("3.yaml", Scenario("warned") + "\n  orphan:\n    end: lost\n");

        var result = LibraryLoader.Load([_root], TestSupport.Content);

        Assert.Equal(["good", "warned"], result.Scenarios.Select(s => s.Id));
        Assert.Equal(["2.yaml", "2.yaml", "2.yaml", "2.yaml", "3.yaml"], result.Diagnostics.Select(d => Path.GetFileName(d.Path)));
        Assert.Null(result.Files[1].Scenario);
    }

    [Fact]
    public void LoadFile_PathAsGiven_IsTheSourcePath()
    {
        var path = Write("x.yaml", Scenario("x"));
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);

        Assert.Equal(relative, ScenarioLoader.LoadFile(relative, TestSupport.Content).Scenario!.SourcePath);
    }

    [Fact]
    public void LoadFile_SameBytes_SameVersionHash()
    {
        var a = ScenarioLoader.LoadFile(Write("a.yaml", Scenario("h")), TestSupport.Content).Scenario!;
        var b = ScenarioLoader.LoadFile(Write("b.yaml", Scenario("h")), TestSupport.Content).Scenario!;
        var c = ScenarioLoader.LoadFile(Write("c.yaml", Scenario("h", end: "x")), TestSupport.Content).Scenario!;

        Assert.Equal(a.VersionHash, b.VersionHash);
        Assert.NotEqual(a.VersionHash, c.VersionHash);
        Assert.Matches("^[0-9a-f]{16}$", a.VersionHash);
    }

    [Fact]
    public void Load_FolderLinkLoop_SearchesEachFolderOnce()
    {
        Write("a/one.yaml", Scenario("one"));
        Directory.CreateSymbolicLink(Path.Combine(_root, "a", "loop"), _root);
        Directory.CreateSymbolicLink(Path.Combine(_root, "shared"), Path.Combine(_root, "a"));

        var result = LibraryLoader.Load([_root], TestSupport.Content);

        Assert.Equal("one", Assert.Single(result.Scenarios).Id);
        Assert.Empty(result.Diagnostics);
    }
}
