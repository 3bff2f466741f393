namespace TrainingSim.Authoring.Tests.Schema;

/// <summary>docs/schema/scenario.schema.json against the loader: the bad scenario files of TestData/Invalid and the
/// good ones of TestData/Valid, read as an editor's schema check reads them.</summary>
public class ScenarioSchemaTests
{
    private static readonly string InvalidFolder = Path.Combine(TestSupport.TestData, "Invalid");

    public static TheoryData<string> InvalidCases() =>
        [.. Directory.EnumerateFiles(InvalidFolder, "*.yaml").Select(path => Path.GetFileNameWithoutExtension(path)!).Order(StringComparer.Ordinal)];

    public static TheoryData<string> ValidCases() =>
        [.. Directory.EnumerateFiles(Path.Combine(TestSupport.TestData, "Valid"), "*.yaml").Order(StringComparer.Ordinal)];

    [Fact]
    public void EveryDiagnosticCode_IsClassified()
    {
        var unclassified = TrainingSim.Authoring.Diagnostics.DiagnosticCodes.All.Select(d => d.Code)
            .Where(code => !SchemaAgreement.ShapeCodes.Contains(code) && !SchemaAgreement.YamlCodes.Contains(code)
                && !SchemaAgreement.ValidateOnlyCodes.ContainsKey(code));

        Assert.Empty(unclassified);
    }

    [Theory]
    [MemberData(nameof(InvalidCases))]
    public void InvalidFile_SchemaReportsEveryShapeProblemOnItsLine(string name)
    {
        var path = Path.Combine(InvalidFolder, name + ".yaml");
        var diagnostics = ScenarioLoader.Load(File.ReadAllBytes(path), path, TestSupport.Content).Diagnostics;
        if (diagnostics.Any(SchemaAgreement.IsYamlLevel))
            return; // the YAML reader refuses the file: no schema question arises

        var json = YamlJson.Read(File.ReadAllText(path));
        var errors = SchemaSet.Evaluate("scenario.schema.json", json.Root);

        if (diagnostics.Any(SchemaAgreement.IsShape))
            Assert.True(SchemaAgreement.Unmatched(diagnostics, json, errors) is [], Explain(diagnostics, json, errors));
        else
            Assert.True(errors is [], $"the loader finds no shape problem, but the schema says:\n{string.Join('\n', errors)}");
    }

    [Theory]
    [MemberData(nameof(ValidCases))]
    public void ValidFile_IsValidAgainstTheSchema(string path)
    {
        var errors = SchemaSet.Evaluate("scenario.schema.json", YamlJson.Read(File.ReadAllText(path)).Root);

        Assert.True(errors is [], string.Join('\n', errors));
    }

    /// <summary>As a trainer types: a typo'd key and a wrong type are both flagged, each at its own key.</summary>
    [Fact]
    public void HandWrittenScenario_TypoAndWrongType_AreBothFlagged()
    {
        const string text = """
            format: 2
            id: typo-demo
            title: 拼写错误
            language: zh-CN
            module: 基础服务
            difficulty: "3"
            steps:
              opening:
                say: 您好？
                rubirc:
                  - {id: greet, skill: courtesy, points: 1, any: [您好]}
                next: done
              done:
                end: resolved
            """;

        var errors = SchemaSet.Evaluate("scenario.schema.json", YamlJson.Read(text).Root);

        Assert.Contains(errors, e => e.Pointer == "/steps/opening/rubirc");
        Assert.Contains(errors, e => e.Pointer == "/difficulty" && e.Keyword == "type");
    }

    [Fact]
    public void Format2Keys_InAFormat1File_AreFlagged_AndAllowedInFormat2()
    {
        const string body = """
            id: limits
            title: t
            language: en
            module: m
            reply_limit: 40
            steps:
              ask:
                say: hi
                reply_limit: 30
                rubric:
                  - {id: short, skill: listening, points: 1, max_tokens: 20}
                  - {id: hello, skill: courtesy, points: 1, any: [hello], unless: [goodbye], negatable: false}
                next: done
              done: {end: resolved}
            """;

        var format1 = SchemaSet.Evaluate("scenario.schema.json", YamlJson.Read("format: 1\n" + body).Root);
        var format2 = SchemaSet.Evaluate("scenario.schema.json", YamlJson.Read("format: 2\n" + body).Root);

        Assert.Equal(
            ["/reply_limit", "/steps/ask/reply_limit", "/steps/ask/rubric/0/max_tokens", "/steps/ask/rubric/1/negatable", "/steps/ask/rubric/1/unless"],
            format1.Select(e => e.Pointer).Distinct().Order(StringComparer.Ordinal));
        Assert.Empty(format2);
    }

    private static string Explain(IReadOnlyList<TrainingSim.Core.Diagnostics.Diagnostic> diagnostics, YamlJson json, List<SchemaError> errors) =>
        "the schema finds nothing on the line of:\n" + string.Join('\n', SchemaAgreement.Unmatched(diagnostics, json, errors))
        + "\nit says:\n" + string.Join('\n', errors);
}
