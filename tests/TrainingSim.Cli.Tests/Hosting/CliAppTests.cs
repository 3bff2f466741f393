using TrainingSim.Cli.Tests.Support;

namespace TrainingSim.Cli.Tests.Hosting;

public class CliAppTests
{
    [Fact]
    public void Run_UnknownOption_ExitsTwoWithOneErrorLineAndNoTrace()
    {
        var result = InProcessCli.Run("--lang", "en", "--no-such-option");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("--no-such-option", result.ErrorLines[0], StringComparison.Ordinal);
        Assert.Equal("", result.Out);
        Assert.False(result.HasStackTrace, result.ToString());
    }

    [Fact]
    public void Run_UnknownCommand_ExitsTwo()
    {
        var result = InProcessCli.Run("frobnicate");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("frobnicate", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UnsupportedLanguage_ExitsTwoWithEveryErrorOnOneLine()
    {
        var result = InProcessCli.Run("--lang", "fr");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains("'fr'", line, StringComparison.Ordinal);
        Assert.EndsWith("(see 'trainingsim --help')", line, StringComparison.Ordinal);
        Assert.Contains("zh-CN", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Help_ExitsZeroAndListsTheCommonOptions()
    {
        var result = InProcessCli.Run("--help");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        foreach (var option in new[] { "--db", "--scenarios", "--content", "--lang" })
            Assert.Contains(option, result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ParseErrorInChinese_SaysErrorInChinese()
    {
        var result = InProcessCli.Run("--lang", "zh-CN", "--no-such-option");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.StartsWith("trainingsim: 错误: ", result.ErrorLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Run_HelpInChinese_DescribesTheCommandsInChinese()
    {
        var result = InProcessCli.Run("--lang", "zh-CN", "validate", "--help");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("检查场景文件和内容文件夹。", result.Out, StringComparison.Ordinal);
        Assert.Contains("将警告视为错误。", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_EveryCommand_HasHelp()
    {
        foreach (var command in new[] { "validate", "test", "play", "trainee" })
        {
            var result = InProcessCli.Run("--lang", "en", command, "--help");

            Assert.Equal(ExitCodes.Success, result.ExitCode);
            Assert.Contains($" {command} ", result.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Run_NoCommandAndContentWithErrors_ExitsOneBeforeOpeningTheUi()
    {
        using var temp = new TempFolder();
        temp.Write("content/skills.yaml", "skills: [not, a, mapping]\n");
        var environment = InProcessCli.Environment();

        var result = InProcessCli.RunIn(environment, "", "--content", temp.File("content"), "--scenarios", TestFiles.Library, "--lang", "en");

        Assert.Equal(ExitCodes.Problem, result.ExitCode);
        Assert.Contains("skills.yaml", result.ErrorLines[0], StringComparison.Ordinal);
        Assert.StartsWith("trainingsim: error: the content folder has errors (above)", result.ErrorLines[^1], StringComparison.Ordinal);
    }
}
