namespace TrainingSim.Authoring.Tests.Loading;

/// <summary>The repository's own content/ and scenarios/ load with no diagnostic at all (what `validate --strict` needs).</summary>
public class ShippedLibraryTests
{
    private static readonly string RepositoryRoot = Path.GetFullPath(Path.Combine(TestSupport.TestData, "..", "..", ".."));

    [Fact]
    public void Load_ShippedContent_HasNoDiagnostics()
    {
        var result = ContentLoader.Load(Path.Combine(RepositoryRoot, "content"));

        Assert.Empty(result.Diagnostics);
        Assert.Superset(new HashSet<string> { "courtesy", "empathy", "listening", "accuracy", "solution", "compliance", "closing" },
            result.Content.Skills.Keys.ToHashSet());
    }

    [Fact]
    public void Load_ShippedScenarios_HaveNoDiagnostics()
    {
        var content = ContentLoader.Load(Path.Combine(RepositoryRoot, "content")).Content;

        var result = LibraryLoader.Load([Path.Combine(RepositoryRoot, "scenarios")], content);

        Assert.Equal("", string.Join("\n", result.Diagnostics));
        Assert.NotEmpty(result.Scenarios);
        Assert.Equal(result.Files.Count, result.Scenarios.Count);
    }
}
