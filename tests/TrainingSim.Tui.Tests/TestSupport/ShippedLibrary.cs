using TrainingSim.Authoring;
using TrainingSim.Core.Content;
using TrainingSim.Core.Courses;
using TrainingSim.Core.Scenarios;

namespace TrainingSim.Tui.Tests.TestSupport;

/// <summary>The repository's shipped content/ and scenarios/, loaded once through the real loader.</summary>
internal static class ShippedLibrary
{
    private static readonly Lazy<(TrainingContent Content, IReadOnlyList<Scenario> Scenarios, IReadOnlyList<CoursePlan> Plans)> Loaded = new(Load);

    public static TrainingContent Content => Loaded.Value.Content;

    public static IReadOnlyList<Scenario> Scenarios => Loaded.Value.Scenarios;

    /// <summary>The shipped course plans (content/courses/).</summary>
    public static IReadOnlyList<CoursePlan> Plans => Loaded.Value.Plans;

    public static Scenario Get(string id) => Scenarios.Single(s => s.Id == id);

    private static (TrainingContent, IReadOnlyList<Scenario>, IReadOnlyList<CoursePlan>) Load()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !(Directory.Exists(Path.Combine(root.FullName, "scenarios")) && Directory.Exists(Path.Combine(root.FullName, "content"))))
            root = root.Parent;
        if (root is null)
            throw new InvalidOperationException("No scenarios/ and content/ above the test's folder.");
        var content = ContentLoader.Load(Path.Combine(root.FullName, "content"));
        Assert.False(content.HasErrors, string.Join('\n', content.Diagnostics));
        var files = Directory.GetFiles(Path.Combine(root.FullName, "scenarios"), "*.yaml", SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        var library = LibraryLoader.Load(files, content.Content);
        Assert.False(library.HasErrors, string.Join('\n', library.Diagnostics));
        var curriculum = CurriculumLoader.Load(Path.Combine(root.FullName, "content"), content.Content, library.Scenarios);
        Assert.False(curriculum.HasErrors, string.Join('\n', curriculum.Diagnostics));
        return (content.Content, library.Scenarios, curriculum.Plans);
    }
}
