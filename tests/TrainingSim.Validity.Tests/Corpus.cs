using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace TrainingSim.Validity.Tests;

/// <summary>Finds and reads the corpus. Its files are the project's own test data, not user input.</summary>
public static class Corpus
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static IReadOnlyList<CorpusFile> Read(string part)
    {
        var folder = Path.Combine(RepositoryRoot, "tests", "corpus", part);
        var reader = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
        return [.. Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal)
            .Select(path => reader.Deserialize<CorpusFile>(File.ReadAllText(path)))];
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "TrainingSim.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("TrainingSim.sln not found above the test folder.");
    }
}
