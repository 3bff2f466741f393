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

    [Fact]
    public void Load_ShippedOutcomes_NameEveryOutcomeInBothLanguages()
    {
        var content = ContentLoader.Load(Path.Combine(RepositoryRoot, "content")).Content;
        var scenarios = LibraryLoader.Load([Path.Combine(RepositoryRoot, "scenarios")], content).Scenarios;

        var used = scenarios.SelectMany(s => s.Steps.Values.OfType<TrainingSim.Core.Scenarios.EndStep>().Select(e => e.Outcome))
            .Append(TrainingSim.Core.Conversations.Outcomes.HungUp).Append(TrainingSim.Core.Conversations.Outcomes.Abandoned)
            .Distinct().Order(StringComparer.Ordinal);

        Assert.All(used, id =>
        {
            Assert.True(content.Outcomes.TryGetValue(id, out var outcome), $"content/outcomes.yaml does not name `{id}`");
            Assert.Equal(["en", "zh-CN"], outcome!.Names.Keys.Order(StringComparer.Ordinal));
        });
    }
}
