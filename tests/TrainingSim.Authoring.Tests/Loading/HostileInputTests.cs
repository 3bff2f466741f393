using System.Text;
using TrainingSim.Core.Diagnostics;

namespace TrainingSim.Authoring.Tests.Loading;

/// <summary>Hostile files: each gets exactly one clear diagnostic, never an exception.</summary>
public class HostileInputTests
{
    private static Diagnostic LoadOne(byte[] bytes)
    {
        var result = ScenarioLoader.Load(bytes, "hostile.yaml", TestSupport.Content);
        Assert.Null(result.Scenario);
        return Assert.Single(result.Diagnostics);
    }

    private static Diagnostic LoadOne(string text) => LoadOne(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Load_EmptyFile_ReportsEmpty() =>
        Assert.Equal("hostile.yaml:1:1: error TS0004: the file is empty: expected a YAML mapping", LoadOne([]).ToString());

    [Fact]
    public void Load_OnlyComments_ReportsEmpty() => Assert.Equal("TS0004", LoadOne("# nothing here\n\n").Code);

    [Fact]
    public void Load_BinaryFile_ReportsNotText() =>
        Assert.Equal("hostile.yaml:1:1: error TS0005: this is not a text file (it contains a NUL byte at byte offset 3)",
            LoadOne([0x7F, 0x45, 0x4C, 0x00, 0x02, 0x01]).ToString());

    [Fact]
    public void Load_Utf16File_SuggestsUtf8() =>
        Assert.EndsWith("it looks like UTF-16: save it as UTF-8", LoadOne(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("id: x")).ToArray()).Message);

    [Fact]
    public void Load_InvalidUtf8_ReportsLineAndColumnOfBadByte()
    {
        var bytes = Encoding.UTF8.GetBytes("format: 1\nid: 中a").Concat(new byte[] { 0xC3, 0x28 }).ToArray();

        Assert.Equal("hostile.yaml:2:7: error TS0006: the file is not valid UTF-8 (bad byte at byte offset 18); save it as UTF-8", LoadOne(bytes).ToString());
    }

    [Fact]
    public void Load_OverOneMebibyte_ReportsSize() =>
        Assert.Equal("TS0002", LoadOne(new byte[(1024 * 1024) + 1].Select(_ => (byte)'a').ToArray()).Code);

    [Fact]
    public void LoadFile_OverOneMebibyte_ReportsSizeWithoutReading()
    {
        var path = Path.Combine(Path.GetTempPath(), $"big-{Guid.NewGuid():N}.yaml");
        using (var stream = File.Create(path))
            stream.SetLength(50L * 1024 * 1024);
        try
        {
            var result = ScenarioLoader.LoadFile(path, TestSupport.Content);
            Assert.Equal("TS0002", Assert.Single(result.Diagnostics).Code);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Load_BillionLaughs_RefusesTheFirstAnchor()
    {
        var text = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var c = 'b'; c <= 'i'; c++)
            text.Append($"{c}: &{c} [*{(char)(c - 1)},*{(char)(c - 1)},*{(char)(c - 1)},*{(char)(c - 1)},*{(char)(c - 1)},*{(char)(c - 1)},*{(char)(c - 1)},*{(char)(c - 1)},*{(char)(c - 1)}]\n");

        Assert.Equal("hostile.yaml:1:4: error TS0007: YAML anchor `&a` is not allowed: write the value out in full", LoadOne(text.ToString()).ToString());
    }

    [Fact]
    public void Load_Alias_IsRefused() => Assert.Equal("TS0007", LoadOne("a: *x\n").Code);

    [Fact]
    public void Load_TenThousandDeepFlowNesting_ReportsDepth()
    {
        var text = new string('[', 10_000) + new string(']', 10_000);

        Assert.Equal("hostile.yaml:1:65: error TS0003: nested deeper than 64 levels", LoadOne(text).ToString());
    }

    [Fact]
    public void Load_DeepBlockNesting_ReportsDepth()
    {
        var text = new StringBuilder();
        for (var i = 0; i < 100; i++)
            text.Append(new string(' ', i)).Append("k:\n");

        Assert.Equal("TS0003", LoadOne(text.ToString()).Code);
    }

    [Fact]
    public void Load_TwoDocuments_ReportsSecond() =>
        Assert.Equal("hostile.yaml:2:1: error TS0008: only one YAML document is allowed per file: remove the second `---` and what follows, or move it to its own file",
            LoadOne("id: a\n---\nid: b\n").ToString());

    [Fact]
    public void Load_SyntaxError_ReportsParserMark()
    {
        var diagnostic = LoadOne("format: 1\nid: [a, b\ntitle: x\n");

        Assert.Equal("TS0001", diagnostic.Code);
        Assert.DoesNotContain("Line:", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", diagnostic.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_CustomTag_IsRefused() => Assert.Equal("TS0009", LoadOne("a: !python/object x\n").Code);

    [Fact]
    public void Load_LongUnterminatedLine_ReportsOneSyntaxError() =>
        Assert.Equal("TS0001", LoadOne("title: \"" + new string('x', 900_000) + "\n").Code);

    [Fact]
    public void Load_LongLineInValidFile_Loads()
    {
        var text = File.ReadAllText(Path.Combine(TestSupport.TestData, "Valid", "holiday-bill-payment.yaml"))
            .Replace("title: 大年初一：停机无法缴费", "title: " + new string('长', 300_000), StringComparison.Ordinal);

        var result = ScenarioLoader.LoadText(text, "long.yaml", TestSupport.Content);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(300_000, result.Scenario!.Title.Length);
    }

    [Fact]
    public void Load_LongKey_ReportsOneLine()
    {
        var result = ScenarioLoader.Load(Encoding.UTF8.GetBytes(new string('k', 5000) + ": 1\n"), "hostile.yaml", TestSupport.Content);

        Assert.NotEmpty(result.Diagnostics);
        Assert.All(result.Diagnostics, d => Assert.DoesNotContain("\n", d.ToString(), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("title: \u202Eتجربة\u202C 😀 e\u0301\u0301\u0301 z\u200D\n")]
    [InlineData("\u202E: 1\n")]
    [InlineData("😀😀😀: [😀]\n")]
    [InlineData("a: \"\\uD800\"\n")]
    public void Load_OddUnicode_ReportsProblemsWithoutThrowing(string text)
    {
        var result = ScenarioLoader.Load(Encoding.UTF8.GetBytes(text), "hostile.yaml", TestSupport.Content);

        Assert.NotEmpty(result.Diagnostics);
        Assert.All(result.Diagnostics, d => Assert.DoesNotContain("\n", d.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void Load_TopLevelList_ReportsWrongType() => Assert.Equal("TS0103", LoadOne("- a\n- b\n").Code);

    [Fact]
    public void Load_ManyNestedRepetitionRegexes_AreValidAndCheckedOnTheModel()
    {
        var text = new StringBuilder("format: 1\nid: evil\ntitle: t\nlanguage: en\nmodule: m\nsteps:\n");
        for (var i = 0; i < 200; i++)
        {
            text.Append($"  s{i}:\n    say: hi\n    rubric:\n");
            for (var j = 0; j < 20; j++)
                text.Append($"      - {{id: r{j}, skill: courtesy, points: 1, any: [\"/^(a+)+{j}$/\"]}}\n");
            text.Append($"    model: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\n    next: {(i == 199 ? "end" : $"s{i + 1}")}\n");
        }

        text.Append("  end:\n    end: resolved\n");

        var result = ScenarioLoader.LoadText(text.ToString(), "evil.yaml", TestSupport.Content);

        // Nested repetition runs in linear time on the non-backtracking engine: nothing is invalid, and every
        // model answer is still checked (each misses its step's regex items).
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(200, result.Diagnostics.Count(d => d.Code == "TS0902"));
    }
}
