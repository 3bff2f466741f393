using TrainingSim.Cli.Tests.Support;

namespace TrainingSim.Cli.Tests.Commands;

public class TestCommandTests
{
    [Fact]
    public void Test_PassingLibrary_ExitsZero()
    {
        var result = InProcessCli.Run(TestFiles.With("test"));

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(["3 passed, 0 failed"], result.OutLines);
    }

    [Fact]
    public void Test_FailingTest_IsOneLineAtTheTestWithWhatDiffered()
    {
        var result = InProcessCli.Run(TestFiles.With("test", TestFiles.Failing));

        Assert.Equal(ExitCodes.Problem, result.ExitCode);
        Assert.Equal(
            [$"{TestFiles.Failing}:22:5: too hopeful: score: expected at least 50, got 0", "1 passed, 1 failed"],
            result.OutLines);
    }

    [Fact]
    public void Test_FileWithErrors_ListsThemAndExitsOne()
    {
        var result = InProcessCli.Run(TestFiles.With("test", TestFiles.Typo, TestFiles.Holiday));

        Assert.Equal(ExitCodes.Problem, result.ExitCode);
        Assert.StartsWith($"{TestFiles.Typo}:7:3: error TS0301: ", result.OutLines[0], StringComparison.Ordinal);
        Assert.Equal("2 passed, 0 failed", result.LastOutLine);
    }
}
