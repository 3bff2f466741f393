using System.Diagnostics;
using TrainingSim.Core.Conversations;
using TrainingSim.Core.Scenarios;
using TrainingSim.Core.Scoring;
using static TrainingSim.Core.Tests.TestSupport.Make;

namespace TrainingSim.Core.Tests.Scoring;

public class MatchingTests
{
    private static bool Matches(string reply, params string[] phrases) =>
        ReplyScorer.Score(Free("s", "end", Item("x", 1, phrases)), reply).Matched.Count == 1;

    private static ItemMatch? MatchOf(FreeTextStep step, string reply, string itemId)
    {
        var evaluation = ReplyScorer.Score(step, reply);
        return evaluation.Matched.Concat(evaluation.Penalties).SingleOrDefault(m => m.Item.Id == itemId);
    }

    [Theory]
    [InlineData("您 好！", "您好")]
    [InlineData("您好", "您 好")]
    [InlineData("Sorry, sir", "sorry")]
    [InlineData("I'm SORRY", "sorry")]
    [InlineData("ＳＯＲＲＹ！", "sorry")]
    [InlineData("请拨１００８６", "10086")]
    [InlineData("We apologise for that", "apolog*")]
    [InlineData("My apologies.", "apolog*")]
    [InlineData("Apologize", "apolog* ")]
    [InlineData("非常抱歉让您久等了", "抱歉")]
    [InlineData("thank you very much", "thank you")]
    [InlineData("we really apologise for it", "apolog* for")]
    public void Match_PhraseOccurs_Matches(string reply, string phrase) => Assert.True(Matches(reply, phrase));

    [Theory]
    [InlineData("your bill", "you")]
    [InlineData("sorry", "sorry about")]
    [InlineData("抱 着 歉", "抱歉")]
    [InlineData("apolo", "apolog*")]
    [InlineData("thank very you", "thank you")]
    [InlineData("", "您好")]
    [InlineData("……！！", "您好")]
    public void Match_PhraseAbsent_DoesNotMatch(string reply, string phrase) => Assert.False(Matches(reply, phrase));

    [Fact]
    public void Match_PrefixAndExactPhrasesSharingAToken_BothFound()
    {
        var step = Free("s", "end",
            Item("prefix", 1, "sorr*"),
            Item("exact", 1, "sorry for"),
            Item("longer", 1, "sorry for the wait"));
        var evaluation = ReplyScorer.Score(step, "So sorry for the wait!");
        Assert.Equal(["prefix", "exact", "longer"], evaluation.Matched.Select(m => m.Item.Id));
    }

    [Fact]
    public void Match_OverlappingPhrases_AllFound()
    {
        // "先生您好" contains "生您" (a suffix of one phrase starts another): the automaton must not lose it.
        var step = Free("s", "end", Item("a", 1, "先生您"), Item("b", 1, "您好"), Item("c", 1, "生您好"));
        Assert.Equal(3, ReplyScorer.Score(step, "王先生您好").Matched.Count);
    }

    [Fact]
    public void Match_PrefixTokenInTheMiddle_MatchesAnyContinuation()
    {
        Assert.True(Matches("I do apologize for this", "do apolog* for"));
        Assert.False(Matches("I do apologize to you", "do apolog* for"));
    }

    [Fact]
    public void Match_All_NeedsEveryPhrase()
    {
        var step = Free("s", "end", AllOf("both", 2, "抱歉", "马上"));
        Assert.Empty(ReplyScorer.Score(step, "抱歉").Matched);
        Assert.Single(ReplyScorer.Score(step, "马上处理，抱歉").Matched);
    }

    [Fact]
    public void Match_Evidence_IsRangesOfTheOriginalReply()
    {
        const string reply = "王先生，非常 抱歉！ＳＯＲＲＹ";
        var step = Free("s", "end", Item("sorry", 1, "抱歉", "sorry"));
        var match = MatchOf(step, reply, "sorry");
        Assert.NotNull(match);
        Assert.Equal(["抱歉", "ＳＯＲＲＹ"], match.Evidence.Select(r => reply[r]));
    }

    [Fact]
    public void Match_OverlappingEvidence_IsMerged()
    {
        const string reply = "您好您好";
        var step = Free("s", "end", Item("hi", 1, "您好", "好您"));
        var match = MatchOf(step, reply, "hi");
        Assert.NotNull(match);
        Assert.Equal(["您好您好"], match.Evidence.Select(r => reply[r]));
    }

    [Fact]
    public void Match_Regex_MatchesNormalizedReplyWithEvidence()
    {
        const string reply = "请拨打１００８６查询";
        var step = Free("s", "end", Item("number", 1, "/\\d{5}/"));
        var match = MatchOf(step, reply, "number");
        Assert.NotNull(match);
        Assert.Equal(["１００８６"], match.Evidence.Select(r => reply[r]));
    }

    [Fact]
    public void Match_RegexIsCaseFolded()
    {
        Assert.True(Matches("THANK YOU", "/thank\\s+you/"));
        Assert.False(Matches("THANK YOU", "/THANK/"));
    }

    [Fact]
    public void Match_NestedRepetitionRegex_IsMatchedWithoutBacktracking()
    {
        // A backtracking engine would spend ~2^30 steps in the first alternative; the non-backtracking one
        // finds the second alternative in linear time, so the phrase simply matches.
        var step = Free("s", "end", Item("nested", 1, "/(a+)+b|a{30}!/"), Item("plain", 1, "/a{30}!/"));

        var evaluation = ReplyScorer.Score(step, new string('a', 30) + "!");

        Assert.Equal(["nested", "plain"], evaluation.Matched.Select(m => m.Item.Id));
    }

    [Fact]
    public void Match_BackReferenceRegexThatRunsAway_CountsAsNoMatch()
    {
        // A back-reference needs the backtracking engine; this one backtracks exponentially and hits the
        // fall-back time-out, which counts as no match while the other item still matches.
        var step = Free("s", "end", Item("runaway", 1, "/^(a+)+\\1b|a{30}!/"), Item("plain", 1, "/a{30}!/"));

        var evaluation = ReplyScorer.Score(step, new string('a', 30) + "!");

        Assert.Equal(["plain"], evaluation.Matched.Select(m => m.Item.Id));
        Assert.Equal(["runaway"], evaluation.TimedOut.Select(i => i.Id));
    }

    [Fact]
    public void Match_TwentyRunawayRegexes_ShareOneBudgetAndEachIsReported()
    {
        // Each pattern would backtrack for seconds; together they share one reply's 100 ms, so the reply is scored
        // promptly (a second each, as before, would take 20 s) and every item the time-out cost is named.
        var items = Enumerable.Range(1, 20).Select(n => Item($"runaway{n}", 1, $"/^(a+)+\\1b{n}|a{{30}}!{n}/")).ToList();
        items.Add(Item("plain", 1, "/a{30}!/"));
        var step = Free("s", "end", [.. items]);

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var evaluation = ReplyScorer.Score(step, new string('a', 30) + "!");
        watch.Stop();

        Assert.Equal(["plain"], evaluation.Matched.Select(m => m.Item.Id));
        Assert.Equal(items.Take(20).Select(i => i.Id), evaluation.TimedOut.Select(i => i.Id));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        var feedback = TrainingSim.Core.Feedback.FeedbackBuilder.For(evaluation);
        Assert.Equal(20, feedback.Lines.Count(l => l.Kind == TrainingSim.Core.Feedback.FeedbackKind.RegexTimedOut && l.Limit == 100));
        Assert.DoesNotContain(feedback.Lines, l => l.Kind == TrainingSim.Core.Feedback.FeedbackKind.MissedRequired);
    }

    [Fact]
    public void Match_InvalidRegex_NeverMatches() => Assert.False(Matches("abc", "/(/"));

    [Fact]
    public void Match_PhraseWithoutTokens_NeverMatches() => Assert.False(Matches("！！", "！"));

    [Fact]
    public void Match_SameStepTwice_UsesCompiledMatcherAndAgrees()
    {
        var step = Free("s", "end", Item("a", 1, "apolog*", "抱歉"));
        for (var i = 0; i < 3; i++)
        {
            Assert.Single(ReplyScorer.Score(step, "We apologise").Matched);
            Assert.Empty(ReplyScorer.Score(step, "nothing here").Matched);
        }
    }

    [Fact]
    public void Match_ManyPhrases_FindsTheOnesPresent()
    {
        var items = Enumerable.Range(0, 300)
            .Select(i => Item($"i{i}", 1, $"word{i}", $"w{i} x*"))
            .ToArray();
        var step = Free("s", "end", items);
        var evaluation = ReplyScorer.Score(step, "word7 and w12 xylophone and word299 but not word3000");
        Assert.Equal(["i7", "i12", "i299"], evaluation.Matched.Select(m => m.Item.Id));
    }

    [Fact]
    public void Match_SameStepFromManyThreads_AgreesWithOneThread()
    {
        var step = Free("s", "end",
            [.. Enumerable.Range(0, 50).Select(i => Item($"i{i}", 1, $"w{i} apolog*", $"第{i}", "sorr* for"))]);
        string[] replies = [.. Enumerable.Range(0, 200).Select(i => $"w{i % 60} apologies 第{i % 70} so sorry for it")];
        var expected = replies.Select(r => string.Join(",", ReplyScorer.Score(step with { }, r).Matched.Select(m => m.Item.Id))).ToArray();
        var actual = new string[replies.Length];
        Parallel.For(0, replies.Length, i =>
            actual[i] = string.Join(",", ReplyScorer.Score(step, replies[i]).Matched.Select(m => m.Item.Id)));
        Assert.Equal(expected, actual);
    }
}
