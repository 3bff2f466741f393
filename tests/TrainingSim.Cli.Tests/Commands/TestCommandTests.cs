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

    [Fact]
    public void Test_FailingExamples_AreOneLineEachAtTheExampleAndCount()
    {
        var result = InProcessCli.Run(TestFiles.With("test", TestFiles.Examples));

        Assert.Equal(ExitCodes.Problem, result.ExitCode);
        Assert.Equal(
        [
            $"{TestFiles.Examples}:16:11: good example 2 of step ask: score: expected at least 80, got 60; matched: greet (您好), house.honorific (您); missed: check; penalties: none",
            $"{TestFiles.Examples}:17:13: bad example 1 of step ask: score: expected at most 40, got 100; matched: greet (您好), check (帮您查), house.honorific (您 … 您); missed: none; penalties: none",
            "2 passed, 2 failed",
        ], result.OutLines);
    }
}
