using TrainingSim.Cli.Tests.Support;

namespace TrainingSim.Cli.Tests.EndToEnd;

/// <summary>The real program as a child process: what only a real process shows (pipes that stay open,
/// exit codes, UTF-8 on the real console, no trace on the real standard error).</summary>
public class ProgramProcessTests
{
    private const string Expert = "王先生您好，新年好！非常抱歉让您着急了，您别着急，我马上帮您查。";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Play_PipeThatStaysOpen_AnswersEachReplyBeforeTheNextArrives()
    {
        using var program = ProgramProcess.Start(TestFiles.With("play", "holiday-bill-payment", "--replies", "-"));

        var opening = await program.ReadUntilAsync(line => line.StartsWith("王先生: ", StringComparison.Ordinal), Patience);
        Assert.Contains("你们怎么回事", opening, StringComparison.Ordinal);

        program.WriteLine(Expert);
        var firstTurn = await program.ReadUntilAsync(line => line.StartsWith("  2. ", StringComparison.Ordinal), Patience);
        Assert.Contains("✓ soothe  Empathy +3", firstTurn, StringComparison.Ordinal);
        Assert.Contains("step score 100 · mood 30 → 45", firstTurn, StringComparison.Ordinal);
        Assert.False(program.HasExited);

        program.WriteLine("2");
        var end = program.WaitForExit(Patience);
        Assert.Equal(ExitCodes.Success, end.ExitCode);
        Assert.Contains("Stars: ★★★ 3/3", end.Out, StringComparison.Ordinal);
        Assert.Equal("", end.Error);
    }

    [Fact]
    public void Play_PipeClosedBeforeTheEnd_ExitsOneAbandoned()
    {
        var result = ProgramProcess.Run($"{Expert}\n", TestFiles.With("play", "holiday-bill-payment", "--replies", "-", "--format", "json"));

        Assert.Equal(ExitCodes.Problem, result.ExitCode);
        Assert.Contains("\"outcome\": \"abandoned\"", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_HostileFiles_NoTraceFromTheRealProgram()
    {
        using var temp = new TempFolder();
        HostileFiles.WriteAll(temp);

        var result = ProgramProcess.Run("", TestFiles.With("validate", temp.Path));

        Assert.Equal(ExitCodes.Problem, result.ExitCode);
        Assert.False(result.HasStackTrace, result.ToString());
        Assert.Matches(@"^20 files, \d+ errors, \d+ warnings$", result.LastOutLine);
    }

    [Fact]
    public void UnknownOption_ExitsTwoWithoutTrace()
    {
        var result = ProgramProcess.Run("", "validate", "--stritc");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.False(result.HasStackTrace, result.ToString());
        Assert.Contains("--stritc", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownScenario_ExitsTwo()
    {
        var result = ProgramProcess.Run("", TestFiles.With("play", "no-such-scenario", "--replies", "-"));

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal(["trainingsim: error: unknown scenario 'no-such-scenario': 2 scenarios in --scenarios; 'trainingsim validate' lists the files"], result.ErrorLines);
    }

    [Fact]
    public void Validate_Chinese_WritesUtf8WhateverTheLocale()
    {
        using var program = ProgramProcess.Start(
            ["play", "holiday-bill-payment", "--replies", "-", "--content", TestFiles.Content, "--scenarios", TestFiles.Library, "--lang", "zh-CN"],
            new Dictionary<string, string> { ["LANG"] = "C", ["LC_ALL"] = "C" });
        program.WriteAndClose($"{Expert}\n2\n");

        var result = program.WaitForExit(Patience);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("== 成绩单 ==", result.Out, StringComparison.Ordinal);
        Assert.Contains("星级: ★★★ 3/3", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void NoCommandWithoutTerminal_ExitsTwoInsteadOfWaiting()
    {
        var result = ProgramProcess.Run("", "--lang", "en");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal(
            ["trainingsim: error: the text UI needs a terminal, but standard input and output are both redirected; run it from a terminal, or use a command (see 'trainingsim --help')"],
            result.ErrorLines);
    }
}
