using System.Text.RegularExpressions;
using TrainingSim.Cli.Tests.Support;

namespace TrainingSim.Cli.Tests.Commands;

public partial class HostileInputTests
{
    [GeneratedRegex(@"^.+:\d+:\d+: (error|warning|note) TS\d{4}: \S.*$")]
    private static partial Regex DiagnosticLine();

    [Fact]
    public void Validate_HostileFiles_EachGetsDiagnosticLinesAndNoTrace()
    {
        using var temp = new TempFolder();
        var files = HostileFiles.WriteAll(temp);

        var result = InProcessCli.Run(TestFiles.With("validate", temp.Path));

        Assert.Equal(ExitCodes.Problem, result.ExitCode);
        Assert.False(result.HasStackTrace, result.ToString());
        Assert.Equal("", result.Error);
        var diagnostics = result.OutLines.SkipLast(1).ToList();
        Assert.All(diagnostics, line => Assert.Matches(DiagnosticLine(), line));
        foreach (var file in files)
            Assert.Contains(diagnostics, line => line.StartsWith(file + ":", StringComparison.Ordinal));
        Assert.Matches(@"^20 files, \d+ errors, \d+ warnings$", result.LastOutLine);
    }

    [Fact]
    public void Play_EachHostileFile_ExitsOneWithoutTrace()
    {
        using var temp = new TempFolder();

        foreach (var file in HostileFiles.WriteAll(temp))
        {
            var result = InProcessCli.Run(TestFiles.With("play", file, "--replies", "-"));

            Assert.Equal(ExitCodes.Problem, result.ExitCode);
            Assert.False(result.HasStackTrace, result.ToString());
            Assert.Equal("", result.Out);
            Assert.All(result.ErrorLines.SkipLast(1), line => Assert.Matches(DiagnosticLine(), line));
        }
    }

    [Fact]
    public void Test_HostileFiles_ListErrorsAndNoTrace()
    {
        using var temp = new TempFolder();
        HostileFiles.WriteAll(temp);

        var result = InProcessCli.Run(TestFiles.With("test", temp.Path));

        Assert.Equal(ExitCodes.Problem, result.ExitCode);
        Assert.False(result.HasStackTrace, result.ToString());
        Assert.Equal("0 passed, 0 failed", result.LastOutLine);
    }
}
