using System.Text.Json;
using TrainingSim.Cli.Tests.Support;

namespace TrainingSim.Cli.Tests.Commands;

public class PlayCommandTests
{
    private const string Expert = "王先生您好，新年好！非常抱歉让您着急了，您别着急，我马上帮您查。";

    [Fact]
    public void Play_IdFromStandardInput_PlaysToTheEndAndExitsZero()
    {
        var result = InProcessCli.RunWithInput($"{Expert}\n2\n", TestFiles.With("play", "holiday-bill-payment", "--replies", "-"));

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("✓ house.honorific  Courtesy +1", result.Out, StringComparison.Ordinal);
        Assert.Contains("[narrator] 系统显示：附近营业厅春节休息", result.Out, StringComparison.Ordinal);
        Assert.Contains("Outcome: Resolved (success)", result.Out, StringComparison.Ordinal);
        Assert.Contains("Stars: ★★★ 3/3", result.Out, StringComparison.Ordinal);
        Assert.Equal("Final mood: 60", result.LastOutLine);
    }

    [Fact]
    public void Play_PathAndRepliesFile_SkipsBlankAndCommentLines()
    {
        using var temp = new TempFolder();
        var replies = temp.Write("replies.txt", "# the greeting\n\nHello, thanks for calling!\n\n# the figure\nIt is 35 yuan.\n");

        var result = InProcessCli.Run(TestFiles.With("play", TestFiles.PlainEnquiry, "--replies", replies, "--format", "json"));

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal("plain-enquiry", json.RootElement.GetProperty("scenario").GetString());
        Assert.Equal(3, json.RootElement.GetProperty("stars").GetInt32());
        Assert.Equal(2, json.RootElement.GetProperty("turns").GetArrayLength());
    }

    [Fact]
    public void Play_RunawayRegexes_TheTurnSaysWhichItemsTheTimeOutCost()
    {
        using var temp = new TempFolder();
        var patterns = string.Join(", ", Enumerable.Range(1, 5).Select(n => $"'/^(a+)+\\1b{n}/'"));
        var scenario = temp.Write("runaway.yaml", File.ReadAllText(TestFiles.PlainEnquiry)
            .Replace("any: [hello, good morning]", $"any: [{patterns}]", StringComparison.Ordinal));
        var replies = temp.Write("replies.txt", new string('a', 30) + "!\nIt is 35 yuan.\n");

        var text = InProcessCli.Run(TestFiles.With("play", scenario, "--replies", replies));
        var json = InProcessCli.Run(TestFiles.With("play", scenario, "--replies", replies, "--format", "json"));

        Assert.Equal(ExitCodes.Success, text.ExitCode);
        Assert.Contains("⚠ greeting  Courtesy +2 (pattern timed out: 100 ms per reply, counted as not said)", text.Out, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(json.Out);
        var first = doc.RootElement.GetProperty("turns")[0];
        Assert.Equal(["greeting"], first.GetProperty("timed_out").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["greeting", "thanks"], first.GetProperty("missed").EnumerateArray().Select(e => e.GetString()));
        Assert.False(doc.RootElement.GetProperty("turns")[1].TryGetProperty("timed_out", out _));
    }

    [Fact]
    public void Play_RepliesRunOut_ExitsOneAbandoned()
    {
        var result = InProcessCli.RunWithInput($"{Expert}\n", TestFiles.With("play", "holiday-bill-payment", "--replies", "-", "--format", "json"));

        Assert.Equal(ExitCodes.Problem, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal("abandoned", json.RootElement.GetProperty("outcome").GetString());
        Assert.Equal(0, json.RootElement.GetProperty("stars").GetInt32());
    }

    [Fact]
    public void Play_BadChoiceReply_ExitsTwoAtTheReplysLine()
    {
        using var temp = new TempFolder();
        var replies = temp.Write("replies.txt", $"{Expert}\n# now the choice\nthe second one\n");

        var result = InProcessCli.Run(TestFiles.With("play", "holiday-bill-payment", "--replies", replies));

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal(
            [$"{replies}:3:1: error: step locate is a choice step: the reply must be a number from 1 to 2, not 'the second one'"],
            result.ErrorLines);
        Assert.Contains("Outcome: Abandoned", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Play_UnknownId_ExitsTwoSuggestingTheNearest()
    {
        var result = InProcessCli.Run(TestFiles.With("play", "holiday-bill", "--replies", "-"));

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal(["trainingsim: error: unknown scenario 'holiday-bill': did you mean 'holiday-bill-payment'?"], result.ErrorLines);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void Play_InvalidScenarioFile_PrintsItsErrorsAndExitsOne()
    {
        var result = InProcessCli.Run(TestFiles.With("play", TestFiles.Typo, "--replies", "-"));

        Assert.Equal(ExitCodes.Problem, result.ExitCode);
        Assert.Equal(3, result.ErrorLines.Count);
        Assert.StartsWith($"{TestFiles.Typo}:7:3: error TS0301: ", result.ErrorLines[0], StringComparison.Ordinal);
        Assert.StartsWith($"{TestFiles.Typo}:9:5: error TS0101: ", result.ErrorLines[1], StringComparison.Ordinal);
        Assert.Equal("trainingsim: error: the scenario cannot be played: 2 errors above (see 'trainingsim validate')", result.ErrorLines[2]);
    }

    [Fact]
    public void Play_MissingRepliesFile_ExitsTwo()
    {
        var missing = Path.Combine(TestFiles.Root, "no-replies.txt");

        var result = InProcessCli.Run(TestFiles.With("play", "holiday-bill-payment", "--replies", missing));

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal([$"{missing}: error: no such file or folder"], result.ErrorLines);
    }

    [Fact]
    public void Play_RepliesNotUtf8_ExitsTwoWithOneLine()
    {
        using var temp = new TempFolder();
        var replies = temp.WriteBytes("replies.txt", [0xC4, 0xE3, 0xBA, 0xC3, 0x0A]); // 你好 in GBK

        var result = InProcessCli.Run(TestFiles.With("play", "holiday-bill-payment", "--replies", replies));

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal([$"{replies}: error: the input is not UTF-8 text"], result.ErrorLines);
        Assert.False(result.HasStackTrace);
    }

    [Fact]
    public void Play_WithoutReplies_ExitsTwo()
    {
        var result = InProcessCli.Run(TestFiles.With("play", "holiday-bill-payment"));

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("--replies", result.ErrorLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Play_RepliesIsAFolder_ExitsTwo()
    {
        using var temp = new TempFolder();

        var result = InProcessCli.Run(TestFiles.With("play", "holiday-bill-payment", "--replies", temp.Path));

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal([$"{temp.Path}: error: this is a folder; give a file"], result.ErrorLines);
    }

    [Fact]
    public void Play_IdInAFileNamedOtherwise_IsFoundInTheLibrary()
    {
        using var temp = new TempFolder();
        var text = File.ReadAllText(TestFiles.PlainEnquiry);
        temp.Write("a/renamed.yaml", text);
        // A file named after the id that holds another scenario: the id inside the file decides.
        temp.Write("b/plain-enquiry.yaml", text.Replace("id: plain-enquiry", "id: other-enquiry", StringComparison.Ordinal));

        var result = InProcessCli.RunWithInput("Hello, thanks!\n35 yuan\n",
            "play", "plain-enquiry", "--replies", "-", "--format", "json", "--content", TestFiles.Content, "--scenarios", temp.Path);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal("plain-enquiry", json.RootElement.GetProperty("scenario").GetString());
    }
}
