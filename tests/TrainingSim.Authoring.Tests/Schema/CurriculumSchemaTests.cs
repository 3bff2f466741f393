using System.Text.RegularExpressions;

namespace TrainingSim.Authoring.Tests.Schema;

/// <summary>The modules and course-plan schemas against the curriculum's bad files: each folder of TestData/Curriculum
/// (modules/, courses/ and scenarios/ beside the loader's expected diagnostics, <c>name.expected</c>) — every shape
/// problem the loader reports in a modules file or a course plan is reported by its schema on the same line, and a file
/// the loader finds no shape problem in is valid. (The folder comes with the course plans of branch `course`.)</summary>
public sealed partial class CurriculumSchemaTests
{
    private static readonly string CasesFolder = Path.Combine(TestSupport.TestData, "Curriculum");

    [Fact]
    public void CurriculumFiles_SchemaAgreesWithTheLoadersExpectedDiagnostics()
    {
        var problems = Directory.Exists(CasesFolder) ? Disagreements(CasesFolder) : [];

        Assert.True(problems is [], string.Join("\n\n", problems));
    }

    /// <summary>What the schemas and the loader's expected diagnostics disagree on, in every case folder of <paramref name="casesFolder"/>.</summary>
    internal static List<string> Disagreements(string casesFolder)
    {
        var problems = new List<string>();
        foreach (var caseFolder in Directory.EnumerateDirectories(casesFolder).Order(StringComparer.Ordinal))
        {
            var expected = File.ReadAllLines(caseFolder + ".expected").Select(line => ExpectedLine().Match(line)).Where(m => m.Success).ToList();
            foreach (var kind in (string[])["modules", "courses"])
            {
                var folder = Path.Combine(caseFolder, kind);
                if (!Directory.Exists(folder))
                    continue;
                foreach (var file in Directory.EnumerateFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
                {
                    var relative = $"{kind}/{Path.GetFileName(file)}";
                    var shapeLines = expected.Where(m => m.Groups["file"].Value == relative && SchemaAgreement.ShapeCodes.Contains(m.Groups["code"].Value))
                        .Select(m => (Line: int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture), Text: m.Value)).ToList();
                    var json = YamlJson.Read(File.ReadAllText(file));
                    var errors = SchemaSet.Evaluate(SchemaSet.SchemaFor("content/" + relative)!, json.Root);
                    var reported = SchemaAgreement.ReportedLines(json, errors);
                    var missed = shapeLines.Where(s => !reported.Contains(s.Line)).Select(s => s.Text).ToList();
                    if (missed.Count > 0 || (shapeLines.Count == 0 && errors.Count > 0))
                        problems.Add($"{Path.GetFileName(caseFolder)}/{relative}: the schema misses\n{string.Join('\n', missed)}\nit says:\n{string.Join('\n', errors)}");
                }
            }
        }

        return problems;
    }

    [GeneratedRegex(@"^(?<file>[^:]+):(?<line>\d+):\d+: (error|warning) (?<code>TS\d{4}): ")]
    private static partial Regex ExpectedLine();
}
