using Snapshooter.Xunit;
using TrainingSim.Cli.Tests.Support;

namespace TrainingSim.Cli.Tests.Commands;

/// <summary>Whole transcripts of <c>play</c>, approved in __snapshots__/: the layout a trainer reads.</summary>
public class TranscriptSnapshotTests
{
    private const string Expert = "王先生您好，新年好！非常抱歉让您着急了，您别着急，我马上帮您查。";

    private static string Play(string language, string replies)
    {
        var result = InProcessCli.RunWithInput(replies,
            "play", "holiday-bill-payment", "--replies", "-",
            "--content", TestFiles.Content, "--scenarios", TestFiles.Library, "--lang", language);
        return result.Out.ReplaceLineEndings("\n");
    }

    [Fact]
    public void Play_ExpertPathInChinese_Transcript() => Snapshot.Match(Play("zh-CN", $"{Expert}\n2\n"));

    [Fact]
    public void Play_ExpertPathInEnglish_Transcript() => Snapshot.Match(Play("en", $"{Expert}\n2\n"));

    [Fact]
    public void Play_PoorPathWithPenaltiesAndAChoiceHint_Transcript() =>
        Snapshot.Match(Play("zh-CN", "这个没办法，你自己去营业厅\n抱歉，我理解\n1\n"));

    [Fact]
    public void Play_RepliesRunOut_Transcript() => Snapshot.Match(Play("en", "你好\n"));
}
