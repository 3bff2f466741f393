using TrainingSim.Authoring.Diagnostics;
using TrainingSim.Core.Diagnostics;

namespace TrainingSim.Authoring.Tests.Loading;

/// <summary>Every file in TestData/Invalid beside its expected diagnostics (<c>name.expected</c>). A missing or different
/// expectation fails; run with <c>UPDATE_GOLDEN=1</c> to write the actual output, then review the diff.</summary>
public class GoldenFileTests
{
    private static readonly string InvalidFolder = Path.Combine(TestSupport.TestData, "Invalid");

    /// <summary>Codes whose cases cannot be small files here; each is covered by the named test class.</summary>
    private static readonly Dictionary<string, string> CoveredElsewhere = new()
    {
        ["TS0002"] = nameof(HostileInputTests),
        ["TS0011"] = "LibraryLoaderTests",
        ["TS0201"] = "LibraryLoaderTests",
        ["TS0701"] = "ContentLoaderTests",
        ["TS0207"] = nameof(CurriculumGoldenTests),
        ["TS0208"] = nameof(CurriculumGoldenTests),
        ["TS0209"] = nameof(CurriculumGoldenTests),
        ["TS0210"] = nameof(CurriculumGoldenTests),
        ["TS0211"] = nameof(CurriculumGoldenTests),
        ["TS0212"] = nameof(CurriculumGoldenTests),
        ["TS0213"] = nameof(CurriculumGoldenTests),
        ["TS0214"] = nameof(CurriculumGoldenTests),
        ["TS0907"] = nameof(CurriculumGoldenTests),
        ["TS0908"] = nameof(CurriculumGoldenTests),
        ["TS0909"] = nameof(CurriculumGoldenTests),
        ["TS1001"] = "ValidateCommandTests (TrainingSim.Cli.Tests): notes come from validate, not the loader",
    };

    public static TheoryData<string> Cases() =>
        [.. Directory.EnumerateFiles(InvalidFolder, "*.yaml").Select(path => Path.GetFileNameWithoutExtension(path)!).Order(StringComparer.Ordinal)];

    private static ScenarioLoadResult Load(string name) =>
        ScenarioLoader.Load(File.ReadAllBytes(Path.Combine(InvalidFolder, name + ".yaml")), $"Invalid/{name}.yaml", TestSupport.Content);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Load_InvalidCase_MatchesExpectedDiagnostics(string name)
    {
        var actual = string.Join("\n", Load(name).Diagnostics) + "\n";
        var expectedPath = Path.Combine(InvalidFolder, name + ".expected");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
            File.WriteAllText(expectedPath, actual);

        Assert.True(File.Exists(expectedPath), $"missing {expectedPath}; the loader says:\n{actual}");
        Assert.Equal(File.ReadAllText(expectedPath), actual);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Load_InvalidCase_HasErrorsAndNoScenario(string name)
    {
        var result = Load(name);

        Assert.NotEmpty(result.Diagnostics);
        if (result.HasErrors)
            Assert.Null(result.Scenario);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Load_InvalidCase_SpansLieInsideTheFile(string name)
    {
        var text = File.ReadAllText(Path.Combine(InvalidFolder, name + ".yaml"));
        var lines = text.Split('\n');

        foreach (var diagnostic in Load(name).Diagnostics)
        {
            var span = diagnostic.Span;
            Assert.InRange(span.Line, 0, lines.Length - 1);
            Assert.InRange(span.Column, 0, lines[span.Line].Length);
            Assert.True((span.EndLine, span.EndColumn).CompareTo((span.Line, span.Column)) >= 0, $"{diagnostic}: end before start");
            Assert.InRange(span.EndLine, 0, lines.Length - 1);
            Assert.InRange(span.EndColumn, 0, lines[span.EndLine].Length);
        }
    }

    [Fact]
    public void Cases_CoverEveryDiagnosticCode()
    {
        var seen = Directory.EnumerateFiles(InvalidFolder, "*.expected")
            .SelectMany(File.ReadAllLines)
            .Select(line => line.Split(' ')).Where(parts => parts.Length > 2).Select(parts => parts[2].TrimEnd(':'))
            .ToHashSet();

        var missing = DiagnosticCodes.All.Select(d => d.Code).Where(code => !seen.Contains(code) && !CoveredElsewhere.ContainsKey(code));

        Assert.Empty(missing);
    }

    [Fact]
    public void DiagnosticCodes_AreUniqueAndWellFormed()
    {
        var codes = DiagnosticCodes.All.Select(d => d.Code).ToList();

        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, code => Assert.Matches("^TS[0-9]{4}$", code));
        Assert.All(DiagnosticCodes.All.Where(d => d.Code.StartsWith("TS09", StringComparison.Ordinal)), d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.All(DiagnosticCodes.All.Where(d => d.Code.StartsWith("TS10", StringComparison.Ordinal)), d => Assert.Equal(Severity.Note, d.Severity));
    }

    [Fact]
    public void DiagnosticCodes_AreEachDocumentedOnce()
    {
        var docs = File.ReadAllText(Path.Combine(TestSupport.TestData, "..", "..", "..", "docs", "diagnostics.md"));

        Assert.All(DiagnosticCodes.All, d => Assert.Single(System.Text.RegularExpressions.Regex.Matches(docs, $"^## {d.Code}\\b", System.Text.RegularExpressions.RegexOptions.Multiline)));
    }
}
