namespace TrainingSim.Authoring.Tests.Schema;

/// <summary>The content schemas against the content loader: each bad content file below is loaded by
/// <see cref="ContentLoader"/>, and every shape problem it reports is reported by the file's schema on the same line.</summary>
public sealed class ContentSchemaTests : IDisposable
{
    private const string GoodSkills = "skills:\n  courtesy:\n    name: {en: Courtesy}\n";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "ts-schema-" + Guid.NewGuid().ToString("N"));

    public ContentSchemaTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    public static TheoryData<string, string> BadFiles() => new()
    {
        { "skills.yaml", "skills:\n  courtesy:\n    name: {en: Courtesy}\n  Bad Id:\n    name: {en: x}\n  empathy:\n    nmae: {en: Empathy}\n  listening:\n    name: {en: [x]}\n" },
        { "outcomes.yaml", "outcomes:\n  resolved: {zh-CN: 已解决, en: Resolved}\n  Bad Id: {en: x}\n  escalated: Escalated\n  hung-up: {en: [x]}\nextra: 1\n" },
        { "phrasebanks/en.yaml", "apology: [sorry, \"@other\"]\nthanks: thank you\nBad: [x]\n" },
        { "house-rubric/en.yaml", "rubric:\n  - {id: polite, skill: courtesy, points: 1, any: [please], unless: [not]}\n  - {id: Thanks, skill: courtesy, points: 0, all: [thanks]}\n  - {id: short, skill: courtesy, points: 1, max_tokens: 9}\nextra: 1\n" },
        { "format-2/concepts/en.yaml", "sorry: [sorry, \"@apology\"]\nthanks: 1\n" },
        { "format-2/house-rubric/en.yaml", "rubric:\n  - {id: brief, skill: courtesy, points: 1, max_tokens: 9, any: [x]}\n  - {id: polite, points: 1, any: [please]}\n  - {id: both, skill: courtesy, points: 1, any: [a], all: [b]}\n  - {id: loud, skill: courtesy, points: -1, any: [x], negatable: maybe}\n" },
        {
            "format-2/text/en.yaml",
            string.Join('\n',
                "negation:",
                "  befor: []",
                "  after:",
                "    - reach: -1",
                "      cues: [not]",
                "    - {cues: \"no\"}",
                "  not_negation: [\"@fine\"]",
                "clause_breaks: [but, \"/however/\"]",
                "word_forms:",
                "  drop_final_e: \"yes\"",
                "  rules: [[ies]]",
                "  min_stem: 30",
                "list_run: 1",
                "stops: [just]",
                "")
        },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void BadContentFile_SchemaReportsEveryShapeProblemOnItsLine(string relative, string text)
    {
        Write("skills.yaml", GoodSkills);
        Write(relative, text);

        var diagnostics = ContentLoader.Load(_root).Diagnostics
            .Where(d => Path.GetRelativePath(_root, d.Path).Replace('\\', '/') == relative).ToList();
        var json = YamlJson.Read(text);
        var errors = SchemaSet.Evaluate(SchemaSet.SchemaFor("content/" + relative)!, json.Root);

        Assert.Contains(diagnostics, SchemaAgreement.IsShape);
        var unmatched = SchemaAgreement.Unmatched(diagnostics, json, errors);
        Assert.True(unmatched is [], "the schema finds nothing on the line of:\n" + string.Join('\n', unmatched)
            + "\nit says:\n" + string.Join('\n', errors));
    }

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
