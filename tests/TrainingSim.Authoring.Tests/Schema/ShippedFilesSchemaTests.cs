namespace TrainingSim.Authoring.Tests.Schema;

/// <summary>Every scenario and content file the repository ships names its schema in docs/schema/ on its first line
/// (for the YAML language server) and is valid against it.</summary>
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

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public void ShippedFile_FirstLine_NamesItsSchemaByRelativePath(string relativePath)
    {
        var schema = SchemaSet.SchemaFor(relativePath);
        var depth = relativePath.Count(c => c == '/');
        var expected = $"# yaml-language-server: $schema={string.Concat(Enumerable.Repeat("../", depth))}docs/schema/{schema}";

        var firstLine = File.ReadLines(Path.Combine(SchemaSet.RepositoryRoot, relativePath)).First();

        Assert.Equal(expected, firstLine);
        var named = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.Combine(SchemaSet.RepositoryRoot, relativePath))!, expected[(expected.IndexOf('=') + 1)..]));
        Assert.True(File.Exists(named), $"{relativePath} names {named}, which does not exist");
    }
}
