namespace TrainingSim.Authoring.Tests.Schema;

/// <summary>Every scenario and content file the repository ships is valid against its schema in docs/schema/.</summary>
public class ShippedFilesSchemaTests
{
    public static TheoryData<string> ShippedFiles() =>
    [
        .. new[] { "scenarios", "content" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(SchemaSet.RepositoryRoot, folder), "*.*", SearchOption.AllDirectories))
            .Where(path => path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .Select(path => Path.GetRelativePath(SchemaSet.RepositoryRoot, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal),
    ];

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public void ShippedFile_IsValidAgainstItsSchema(string relativePath)
    {
        var schema = SchemaSet.SchemaFor(relativePath);
        Assert.True(schema is not null, $"{relativePath} is of no kind that has a schema in docs/schema/");

        var json = YamlJson.Read(File.ReadAllText(Path.Combine(SchemaSet.RepositoryRoot, relativePath)));
        var errors = SchemaSet.Evaluate(schema, json.Root);

        Assert.True(errors is [], $"{relativePath} against {schema}:\n{string.Join('\n', errors)}");
    }
}
