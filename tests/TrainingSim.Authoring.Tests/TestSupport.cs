using System.Runtime.CompilerServices;
using TrainingSim.Core.Content;

namespace TrainingSim.Authoring.Tests;

/// <summary>Where the test data lives (read from the source tree, so golden files can be reviewed and updated there).</summary>
internal static class TestSupport
{
    public static string TestData { get; } = Path.Combine(SourceDirectory(), "TestData");

    public static TrainingContent Content { get; } = LoadContent();

    private static TrainingContent LoadContent()
    {
        var result = ContentLoader.Load(Path.Combine(TestData, "content"));
        if (result.HasErrors)
            throw new InvalidOperationException("test content has errors:\n" + string.Join('\n', result.Diagnostics));
        return result.Content;
    }

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
