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
        // 4 content files (skills, 2 phrase banks, 1 house rubric) + 2 scenarios.
        Assert.Equal(["6 files, 0 errors, 0 warnings"], result.OutLines);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public void Validate_Typo_ExitsOneWithTheDiagnosticAtItsPlace()
    {
        var result = InProcessCli.Run(TestFiles.With("validate", TestFiles.Typo));

        Assert.Equal(ExitCodes.Problem, result.ExitCode);
        Assert.Contains($"{TestFiles.Typo}:9:5: error TS0101: unknown key `rubirc`; did you mean `rubric`?", result.OutLines);
        Assert.Equal("5 files, 2 errors, 0 warnings", result.LastOutLine);
    }

    [Fact]
    public void Validate_DiagnosticsOfSeveralFiles_AreInFileOrder()
    {
        var result = InProcessCli.Run(TestFiles.With("validate", TestFiles.Invalid));

        var lines = result.OutLines.SkipLast(1).ToList();
        var places = lines.Select(l => l[..l.IndexOf(": ", StringComparison.Ordinal)]).ToList();
        Assert.Equal(3, lines.Count);
        Assert.Equal(
            [$"{TestFiles.Typo}:7:3", $"{TestFiles.Typo}:9:5", $"{TestFiles.Unreachable}:17:3"],
            places);
    }

    [Fact]
    public void Validate_WarningOnly_ExitsZeroButStrictMakesItAnError()
    {
        var lenient = InProcessCli.Run(TestFiles.With("validate", TestFiles.Unreachable));
        var strict = InProcessCli.Run(TestFiles.With("validate", "--strict", TestFiles.Unreachable));

        Assert.Equal(ExitCodes.Success, lenient.ExitCode);
        Assert.Equal("5 files, 0 errors, 1 warnings", lenient.LastOutLine);
        Assert.Contains(": warning TS0901: ", lenient.OutLines[0], StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Problem, strict.ExitCode);
        Assert.Equal("5 files, 1 errors, 0 warnings", strict.LastOutLine);
        Assert.Contains(": error TS0901: ", strict.OutLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Json_IsTheDocumentedObject()
    {
        var result = InProcessCli.Run(TestFiles.With("validate", "--format", "json", TestFiles.Typo));

        Assert.Equal(ExitCodes.Problem, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal(["files", "diagnostics", "counts"], root.EnumerateObject().Select(p => p.Name));
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
        Assert.Equal(5, counts.GetProperty("files").GetInt32());
        Assert.Equal(2, counts.GetProperty("errors").GetInt32());
        Assert.Equal(0, counts.GetProperty("warnings").GetInt32());
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
