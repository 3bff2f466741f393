using System.Globalization;
using System.Text.RegularExpressions;
using TrainingSim.Authoring.Diagnostics;

namespace TrainingSim.Authoring.Tests.Diagnostics;

public partial class DiagnosticTextTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    public static TheoryData<string> Codes() => [.. DiagnosticCodes.All.Select(d => d.Code)];

    [Fact]
    public void Languages_DefineTheSameKeys()
    {
        Assert.Equal(DiagnosticText.Keys(CultureInfo.InvariantCulture), DiagnosticText.Keys(Chinese));
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Chinese_EveryCode_IsTranslatedWithTheSamePlaceholders(string code)
    {
        var english = DiagnosticText.English[code];
        var chinese = DiagnosticText.For(Chinese)[code];

        Assert.True(Han().IsMatch(chinese), $"{code} is not translated into zh-CN: {chinese}");
        Assert.Equal(Placeholders(english), Placeholders(chinese));
    }

    /// <summary>Every golden invalid case worded in zh-CN: each message is Chinese but for what the author wrote, and the code,
    /// place and severity stay.</summary>
    [Theory]
    [MemberData(nameof(GoldenCases))]
    public void Chinese_GoldenCase_EveryMessageIsChinese(string name)
    {
        var path = Path.Combine(TestSupport.TestData, "Invalid", name + ".yaml");
        var result = ScenarioLoader.Load(File.ReadAllBytes(path), name, TestSupport.Content);

        foreach (var diagnostic in result.Diagnostics)
        {
            var worded = DiagnosticText.For(Chinese).Word(diagnostic);
            Assert.True(Han().IsMatch(worded.Message), $"untranslated zh-CN diagnostic: {worded}");
            Assert.Equal((diagnostic.Code, diagnostic.Span, diagnostic.Severity), (worded.Code, worded.Span, worded.Severity));
        }
    }

    [Fact]
    public void Chinese_UnknownKey_SuggestsInChinese()
    {
        var diagnostic = DiagnosticCodes.UnknownKey.Create("a.yaml", default, "rubirc", Suggestions.DidYouMean("rubirc", ["rubric", "say"]));

        Assert.Equal("unknown key `rubirc`; did you mean `rubric`?", diagnostic.Message);
        Assert.Equal("未知的键 `rubirc`；是不是 `rubric`？", DiagnosticText.For(Chinese).Word(diagnostic).Message);
    }

    public static TheoryData<string> GoldenCases() =>
        [.. Directory.EnumerateFiles(Path.Combine(TestSupport.TestData, "Invalid"), "*.yaml").Select(p => Path.GetFileNameWithoutExtension(p)!)
            .Order(StringComparer.Ordinal)];

    private static string[] Placeholders(string template) => [.. Placeholder().Matches(template).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();
}
