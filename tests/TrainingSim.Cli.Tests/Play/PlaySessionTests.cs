using System.Globalization;
using System.Text.Json;
using TrainingSim.Cli.Play;
using TrainingSim.Cli.Tests.Support;
using TrainingSim.Core.Calls;
using TrainingSim.Core.Content;
using TrainingSim.Core.Conversations;
using TrainingSim.Core.Progress;
using TrainingSim.Wording;

namespace TrainingSim.Cli.Tests.Play;

public class PlaySessionTests
{
    private static readonly Messages English = new(CultureInfo.GetCultureInfo("en"));
    private static readonly Messages Chinese = new(CultureInfo.GetCultureInfo("zh-CN"));

    private static readonly TrainingContent Content = new()
    {
        Skills = new Dictionary<string, Skill>
        {
            ["empathy"] = new("empathy", new Dictionary<string, string> { ["zh-CN"] = "共情", ["en"] = "Empathy" }, new Dictionary<string, string>()),
        },
    };

    private static (AttemptResult Result, string Output) PlayText(Messages text, params string[] lines)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        var replies = new ReplyReader(new StringReader(string.Join('\n', lines)), "replies.txt");
        var transcript = new TextTranscript(output, text, new InterfaceWording(text.Culture, Content));
        var result = new PlaySession(CallSession.Start(HolidayCall.Scenario), replies, [transcript], text).Play();
        return (result, output.ToString());
    }

    [Fact]
    public void Play_ExpertReplies_TranscriptShowsMatchesAndThreeStars()
    {
        var (result, output) = PlayText(English, HolidayCall.ExpertReply, "2");

        Assert.Equal("resolved", result.Outcome);
        Assert.Equal(3, result.Stars);
        Assert.Contains("王先生: 你们怎么回事！", output, StringComparison.Ordinal);
        Assert.Contains($"> {HolidayCall.ExpertReply}", output, StringComparison.Ordinal);
        Assert.Contains("✓ soothe  Empathy +3", output, StringComparison.Ordinal);
        Assert.Contains("✓ new-year  courtesy +1 (bonus)", output, StringComparison.Ordinal);
        Assert.Contains("Model answer: 王先生您好", output, StringComparison.Ordinal);
        Assert.Contains("  1. 请您节后营业厅开门再来办理。", output, StringComparison.Ordinal);
        Assert.Contains("> 2. 我帮您联系", output, StringComparison.Ordinal);
        Assert.Contains("— the call ends: resolved —", output, StringComparison.Ordinal);
        Assert.Contains("Stars: ★★★ 3/3", output, StringComparison.Ordinal);
        Assert.Contains("★ 惊喜 delighted: ✓ score ≥ 90 (got 100) · ✓ at least one bonus item matched", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Play_PoorReply_ShowsMissedItemsWithHintsAndPenalties()
    {
        // Mood 30 → 15 (score 0) → 5 (angrier −10) → 20 (score 100) → 5 (choice 1 scores 0) → 0 entering angrier.
        var (result, output) = PlayText(English, "这事不归我管", "抱歉", "1", "never read");

        Assert.Equal(["opening", "angrier", "locate"], result.Path);
        Assert.Equal(Outcomes.HungUp, result.Outcome);
        Assert.Contains("王先生 hung up.", output, StringComparison.Ordinal);
        Assert.Contains("✗ soothe  Empathy +3 — 先处理情绪，再处理问题。", output, StringComparison.Ordinal);
        Assert.Contains("✗ penalty blame  courtesy -4 — 不推诿，不指责客户。", output, StringComparison.Ordinal);
        Assert.Contains("Hint: 节假日也要给出路。", output, StringComparison.Ordinal);
        Assert.Contains("step score 0 · mood 30 → 5", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Play_Chinese_WordsTheScorecardInChinese()
    {
        var (_, output) = PlayText(Chinese, HolidayCall.ExpertReply, "2");

        Assert.Contains("✓ soothe  共情 +3", output, StringComparison.Ordinal);
        Assert.Contains("== 成绩单 ==", output, StringComparison.Ordinal);
        Assert.Contains("星级: ★★★ 3/3", output, StringComparison.Ordinal);
        Assert.Contains("★ 亲切: ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Play_RepliesRunOut_IsAbandonedWithNoStars()
    {
        var (result, output) = PlayText(English, "# a comment", "", HolidayCall.ExpertReply);

        Assert.Equal(Outcomes.Abandoned, result.Outcome);
        Assert.Equal(0, result.Stars);
        Assert.Contains("abandoned", output, StringComparison.Ordinal);
        Assert.Single(result.Turns);
    }

    [Fact]
    public void Play_ChoiceOutOfRange_FailsAtTheReplysLineAndEndsAbandoned()
    {
        AttemptResult? finished = null;
        var observer = new Recording(r => finished = r);
        var replies = new ReplyReader(new StringReader($"{HolidayCall.ExpertReply}\n\n# comment\n7\n"), "replies.txt");

        var error = Assert.Throws<CliException>(() => new PlaySession(CallSession.Start(HolidayCall.Scenario), replies, [observer], English).Play());

        Assert.Equal("replies.txt:4:1", error.Location);
        Assert.Equal(ExitCodes.Usage, error.ExitCode);
        Assert.Contains("1 to 2", error.Message, StringComparison.Ordinal);
        Assert.Equal(Outcomes.Abandoned, finished?.Outcome);
    }

    [Fact]
    public void Play_EachTurn_IsWrittenBeforeTheNextReplyIsRead()
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        var reader = new ProbeReader([HolidayCall.ExpertReply, "2"], output.ToString);
        var transcript = new TextTranscript(output, English, new InterfaceWording(English.Culture, Content));

        new PlaySession(CallSession.Start(HolidayCall.Scenario), new ReplyReader(reader, "-"), [transcript], English).Play();

        Assert.Contains("你们怎么回事", reader.OutputAtEachRead[0], StringComparison.Ordinal);
        Assert.DoesNotContain("✓ soothe", reader.OutputAtEachRead[0], StringComparison.Ordinal);
        Assert.Contains("✓ soothe", reader.OutputAtEachRead[1], StringComparison.Ordinal);
        Assert.Contains("  2. 我帮您联系", reader.OutputAtEachRead[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Play_Recorded_EachTurnIsStoredBeforeItIsShown()
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        var store = new WatchedStore(output.ToString);
        var trainee = store.AddTrainee("alice", null);
        var call = CallSession.Record(HolidayCall.Scenario, store, trainee, PlayMode.Practice);
        var replies = new ReplyReader(new StringReader($"{HolidayCall.ExpertReply}\n2\n"), "-");
        var transcript = new TextTranscript(output, English, new InterfaceWording(English.Culture, Content));

        new PlaySession(call, replies, [transcript], English).Play();

        Assert.Equal(2, store.OutputAtEachTurn.Count);
        Assert.DoesNotContain("✓ soothe", store.OutputAtEachTurn[0], StringComparison.Ordinal);
        Assert.Contains("✓ soothe", store.OutputAtEachTurn[1], StringComparison.Ordinal);
        Assert.DoesNotContain("> 2.", store.OutputAtEachTurn[1], StringComparison.Ordinal);
        var attempt = Assert.Single(store.Attempts(AttemptQuery.All));
        Assert.Equal("resolved", attempt.Outcome);
        Assert.Equal(2, attempt.Turns.Count);
    }

    [Fact]
    public void JsonScorecard_ExpertPath_HasExactlyTheContractFields()
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        var replies = new ReplyReader(new StringReader($"{HolidayCall.ExpertReply}\n2\n"), "replies.txt");
        new PlaySession(CallSession.Start(HolidayCall.Scenario), replies, [new JsonScorecard(output)], English).Play();

        using var json = JsonDocument.Parse(output.ToString());
        var root = json.RootElement;
        Assert.Equal(
            ["scenario", "outcome", "success", "score", "stars", "skills", "final_mood", "turns"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("holiday-bill-payment", root.GetProperty("scenario").GetString());
        Assert.Equal("resolved", root.GetProperty("outcome").GetString());
        Assert.True(root.GetProperty("success").GetBoolean());
        Assert.Equal(100, root.GetProperty("score").GetInt32());
        Assert.Equal(3, root.GetProperty("stars").GetInt32());
        Assert.Equal(100, root.GetProperty("skills").GetProperty("empathy").GetInt32());

        var turns = root.GetProperty("turns").EnumerateArray().ToList();
        Assert.Equal(
            ["step", "reply", "score", "matched", "missed", "penalties", "mood"],
            turns[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(HolidayCall.ExpertReply, turns[0].GetProperty("reply").GetString());
        Assert.Equal(["soothe", "new-year"], turns[0].GetProperty("matched").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(
            ["step", "reply", "choice", "score", "matched", "missed", "penalties", "mood"],
            turns[1].EnumerateObject().Select(p => p.Name));
        Assert.Equal(2, turns[1].GetProperty("choice").GetInt32());
        Assert.Equal("我帮您联系离您最近、有自助缴费机的营业厅。", turns[1].GetProperty("reply").GetString());
        Assert.Equal(root.GetProperty("final_mood").GetInt32(), turns[1].GetProperty("mood").GetInt32());
    }

    [Fact]
    public void JsonScorecard_Chinese_IsNotEscaped()
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        var replies = new ReplyReader(new StringReader(HolidayCall.ExpertReply), "-");
        new PlaySession(CallSession.Start(HolidayCall.Scenario), replies, [new JsonScorecard(output)], English).Play();

        Assert.Contains("王先生您好", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("\"outcome\": \"abandoned\"", output.ToString(), StringComparison.Ordinal);
    }

    private sealed class Recording(Action<AttemptResult> finished) : IPlayObserver
    {
        public void Started(Conversation conversation)
        {
        }

        public void Answered(Conversation conversation, TurnResult turn, int moodBefore)
        {
        }

        public void Finished(Conversation conversation, AttemptResult result) => finished(result);
    }
}
