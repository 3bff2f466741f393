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

    /// <summary>Format 2's reasons: a negation, a keyword list, a refusal excused by its next step, a reply too long.</summary>
    [Fact]
    public void Play_Format2Reasons_Transcript()
    {
        var content = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "content"));
        var replies = "不好意思，我现在不能马上帮您查。\n" +
            "抱歉对不起理解您马上帮您查\n";
        var negated = InProcessCli.RunWithInput(replies, "play", Path.Combine(TestFiles.Root, "format-2", "holiday-format-2.yaml"),
            "--replies", "-", "--content", content, "--lang", "zh-CN");
        var other = InProcessCli.RunWithInput(
            "王先生真对不住，今天营业厅都放假了，这边没办法给您开机，不过我可以帮您找附近能用的自助缴费机，我这就查，您别着急，我一定帮您把这件事办好，保证今天让您打上电话。\n" +
            "门口的自助缴费机就能交，没办法的话您自己去营业厅\n",
            "play", Path.Combine(TestFiles.Root, "format-2", "holiday-format-2.yaml"), "--replies", "-", "--content", content, "--lang", "zh-CN");
        Snapshot.Match(negated.Out.ReplaceLineEndings("\n") + "\n----\n" + other.Out.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Play_RepliesRunOut_Transcript() => Snapshot.Match(Play("en", "你好\n"));
}
