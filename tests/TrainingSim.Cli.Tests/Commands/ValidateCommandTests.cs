using System.Text.Json;
using TrainingSim.Cli.Tests.Support;

namespace TrainingSim.Cli.Tests.Commands;

public class ValidateCommandTests
{
    [Fact]
    public void Validate_ValidLibrary_ExitsZeroWithCountsOnTheLastLine()
    {
        var result = InProcessCli.Run(TestFiles.With("validate"));

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        // 10 content files (skills, outcomes, 2 phrase banks, 1 house rubric; format 2: 2 concept banks, 2 text rules,
        // 1 house rubric) + 2 scenarios, each of format 1 with its note.
        Assert.Equal(
        [
            $"{TestFiles.PlainEnquiry}:1:9: note TS1001: format 1; moving to format 2 changes no model answer or test",
            // Format 2 carries the blame penalty across the call.
            $"{TestFiles.Holiday}:1:9: note TS1001: format 1; as format 2: 0 of 2 model answer(s) and 1 of 2 test(s) change",
            $"{TestFiles.Holiday}:74:5: note TS1001: test \"先推诿\": passes either way; score 67 → 33",
            "12 files, 0 errors, 0 warnings",
        ], result.OutLines);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public void Validate_Typo_ExitsOneWithTheDiagnosticAtItsPlace()
    {
        var result = InProcessCli.Run(TestFiles.With("validate", TestFiles.Typo));

        Assert.Equal(ExitCodes.Problem, result.ExitCode);
        Assert.Contains($"{TestFiles.Typo}:9:5: error TS0101: unknown key `rubirc`; did you mean `rubric`?", result.OutLines);
        Assert.Equal("11 files, 2 errors, 0 warnings", result.LastOutLine);
    }

    [Fact]
    public void Validate_LangZh_WordsTheMessagesInChineseKeepingCodesPlacesAndCounts()
    {
        var english = InProcessCli.Run(TestFiles.With("validate", TestFiles.Typo));
        var chinese = InProcessCli.Run(["validate", TestFiles.Typo, "--content", TestFiles.Content, "--scenarios", TestFiles.Library, "--lang", "zh-CN"]);

        Assert.Contains($"{TestFiles.Typo}:9:5: error TS0101: 未知的键 `rubirc`；是不是 `rubric`？", chinese.OutLines);
        Assert.Contains($"{TestFiles.Typo}:7:3: error TS0301: 步骤 `greet` 没有类型：请给它 `rubric`（自由回答）、`choices`（选择）或 `end`（结束）",
            chinese.OutLines);
        Assert.Equal(english.LastOutLine, chinese.LastOutLine);
        Assert.Equal(english.ExitCode, chinese.ExitCode);
    }

    [Fact]
    public void Validate_DiagnosticsOfSeveralFiles_AreInFileOrder()
    {
        var result = InProcessCli.Run(TestFiles.With("validate", TestFiles.Invalid));

        var lines = result.OutLines.SkipLast(1).ToList();
        var places = lines.Select(l => l[..l.IndexOf(": ", StringComparison.Ordinal)]).ToList();
        Assert.Equal(
            [$"{TestFiles.Typo}:7:3", $"{TestFiles.Typo}:9:5", $"{TestFiles.Unreachable}:1:9", $"{TestFiles.Unreachable}:17:3"],
            places);
    }

    [Fact]
    public void Validate_WarningOnly_ExitsZeroButStrictMakesItAnError()
    {
        var lenient = InProcessCli.Run(TestFiles.With("validate", TestFiles.Unreachable));
        var strict = InProcessCli.Run(TestFiles.With("validate", "--strict", TestFiles.Unreachable));

        Assert.Equal(ExitCodes.Success, lenient.ExitCode);
        Assert.Equal("11 files, 0 errors, 1 warnings", lenient.LastOutLine);
        Assert.Contains(": warning TS0901: ", lenient.OutLines[1], StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Problem, strict.ExitCode);
        Assert.Equal("11 files, 1 errors, 0 warnings", strict.LastOutLine);
        Assert.Contains(": error TS0901: ", strict.OutLines[1], StringComparison.Ordinal);
        // The note is neither: --strict leaves it a note.
        Assert.Contains(": note TS1001: ", strict.OutLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Json_IsTheDocumentedObject()
    {
        var result = InProcessCli.Run(TestFiles.With("validate", "--format", "json", TestFiles.Typo));

        Assert.Equal(ExitCodes.Problem, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal(["files", "diagnostics", "counts", "scenarios", "notes"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(TestFiles.Typo, root.GetProperty("files").EnumerateArray().Last().GetString());
        var diagnostic = root.GetProperty("diagnostics")[1];
        Assert.Equal(
            ["path", "line", "column", "end_line", "end_column", "severity", "code", "message"],
            diagnostic.EnumerateObject().Select(p => p.Name));
        Assert.Equal(TestFiles.Typo, diagnostic.GetProperty("path").GetString());
        Assert.Equal(9, diagnostic.GetProperty("line").GetInt32());
        Assert.Equal(5, diagnostic.GetProperty("column").GetInt32());
        Assert.Equal("error", diagnostic.GetProperty("severity").GetString());
        Assert.Equal("TS0101", diagnostic.GetProperty("code").GetString());
        var counts = root.GetProperty("counts");
        Assert.Equal(11, counts.GetProperty("files").GetInt32());
        Assert.Equal(2, counts.GetProperty("errors").GetInt32());
        Assert.Equal(0, counts.GetProperty("warnings").GetInt32());
    }

    [Fact]
    public void Validate_Json_ListsEveryContentFileReadOnce()
    {
        var result = InProcessCli.Run(TestFiles.With("validate", "--format", "json", TestFiles.Holiday));

        using var json = JsonDocument.Parse(result.Out);
        var files = json.RootElement.GetProperty("files").EnumerateArray().Select(f => Path.GetRelativePath(TestFiles.Root, f.GetString()!).Replace('\\', '/'));
        Assert.Equal(
        [
            "content/skills.yaml", "content/outcomes.yaml", "content/phrasebanks/en.yaml", "content/phrasebanks/zh-CN.yaml",
            "content/house-rubric/zh-CN.yaml", "content/format-2/concepts/en.yaml", "content/format-2/concepts/zh-CN.yaml",
            "content/format-2/text/en.yaml", "content/format-2/text/zh-CN.yaml", "content/format-2/house-rubric/zh-CN.yaml",
            "library/zh-CN/complaints/holiday-bill-payment.yaml",
        ], files);
        Assert.Equal(11, json.RootElement.GetProperty("counts").GetProperty("files").GetInt32());
    }

    [Fact]
    public void Validate_Format1File_NotesWhatMovingToFormat2Changes()
    {
        var result = InProcessCli.Run(TestFiles.With("validate", TestFiles.Moving));

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(
        [
            $"{TestFiles.Moving}:1:9: note TS1001: format 1; as format 2: 1 of 2 model answer(s) and 1 of 2 test(s) change",
            $"{TestFiles.Moving}:11:12: note TS1001: model answer of step ask: 100 → 0",
            $"{TestFiles.Moving}:22:5: note TS1001: test \"标准流程\": passes → fails (score: expected at least 90, got 50)",
            "11 files, 0 errors, 0 warnings",
        ], result.OutLines);
    }

    [Fact]
    public void Validate_Json_GivesEachScenarioFileItsFormatAndTheNotes()
    {
        var result = InProcessCli.Run(TestFiles.With("validate", "--format", "json", TestFiles.Moving, TestFiles.Examples, TestFiles.Typo));

        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal(
            [(TestFiles.Moving, "1"), (TestFiles.Examples, "2"), (TestFiles.Typo, "1")],
            root.GetProperty("scenarios").EnumerateArray().Select(s => (s.GetProperty("path").GetString()!, s.GetProperty("format").GetRawText())));
        var notes = root.GetProperty("notes").EnumerateArray().ToList();
        Assert.Equal(3, notes.Count);
        Assert.All(notes, note => Assert.Equal("note", note.GetProperty("severity").GetString()));
        Assert.Equal("model answer of step ask: 100 → 0", notes[1].GetProperty("message").GetString());
        Assert.Equal((11, 12), (notes[1].GetProperty("line").GetInt32(), notes[1].GetProperty("column").GetInt32()));
        Assert.Equal(2, root.GetProperty("counts").GetProperty("errors").GetInt32());
        Assert.Equal(0, root.GetProperty("counts").GetProperty("warnings").GetInt32());
    }

    [Fact]
    public void Validate_PathThatDoesNotExist_ExitsTwo()
    {
        var missing = Path.Combine(TestFiles.Root, "no-such-folder");

        var result = InProcessCli.Run(TestFiles.With("validate", missing));

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal([$"{missing}: error: no such file or folder"], result.ErrorLines);
    }

    [Fact]
    public void Validate_UnknownFormat_ExitsTwo()
    {
        var result = InProcessCli.Run(TestFiles.With("validate", "--format", "xml"));

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("xml", result.ErrorLines[0], StringComparison.Ordinal);
    }
}
