using FsCheck.Xunit;
using TrainingSim.Core.Scenarios;
using TrainingSim.Core.Scoring;
using TrainingSim.Core.Tests.TestSupport;
using TrainingSim.Core.Text;

namespace TrainingSim.Core.Tests.Text;

public class TextPropertyTests
{
    [Property(MaxTest = 500)]
    public bool Normalize_ArbitraryString_Idempotent(string? text)
    {
        var once = Tokenizer.Normalize(text ?? "");
        return Tokenizer.Normalize(once) == once;
    }

    [Property(MaxTest = 500)]
    public bool Normalize_ReplyText_Idempotent(int[] picks)
    {
        var once = Tokenizer.Normalize(ReplyText.From(picks));
        return Tokenizer.Normalize(once) == once;
    }

    [Property(MaxTest = 500)]
    public void Tokenize_ArbitraryString_NeverThrowsAndRangesLieInside(string? text)
    {
        text ??= "";
        foreach (var token in Tokenizer.Tokenize(text))
        {
            Assert.NotEmpty(token.Text);
            Assert.InRange(token.Start, 0, text.Length - 1);
            Assert.InRange(token.Start + token.Length, token.Start + 1, text.Length);
        }
    }

    [Property(MaxTest = 1000)]
    public bool Tokenize_ArbitraryString_AgreesWithReference(string? text) =>
        Tokenizer.Tokenize(text ?? "").SequenceEqual(ReferenceTokenizer.Tokenize(text ?? ""));

    [Property(MaxTest = 1000)]
    public bool Tokenize_ReplyText_AgreesWithReference(int[] picks) =>
        Tokenizer.Tokenize(ReplyText.From(picks)).SequenceEqual(ReferenceTokenizer.Tokenize(ReplyText.From(picks)));

    [Property(MaxTest = 500)]
    public void Parse_ArbitraryString_NeverThrows(string? text) => Assert.NotNull(PhraseParser.Parse(text ?? ""));

    /// <summary>A phrase made of a contiguous run of the reply's own tokens always matches it, also when
    /// its last token is cut to a prefix.</summary>
    [Property(MaxTest = 300)]
    public bool Match_PhraseFromReplyTokens_AlwaysMatches(int[] picks, int from, int count, bool prefix)
    {
        var reply = ReplyText.From(picks);
        var tokens = Tokenizer.Tokenize(reply);
        if (tokens.Count == 0)
            return true;
        var start = ((from % tokens.Count) + tokens.Count) % tokens.Count;
        var length = 1 + (((count % (tokens.Count - start)) + (tokens.Count - start)) % (tokens.Count - start));
        var phraseTokens = tokens.Skip(start).Take(length).Select(t => new PhraseToken(t.Text, false)).ToList();
        if (prefix)
        {
            var last = phraseTokens[^1].Text;
            phraseTokens[^1] = new PhraseToken(last[..((last.Length + 1) / 2)], true);
        }

        // Other phrases around it, so the automaton has something to get wrong.
        var step = Make.Free("s", "end",
            Make.Item("noise", 1, "抱歉", "sorr*", "you", "新年好"),
            new RubricItem
            {
                Id = "target",
                Skill = "empathy",
                Points = 1,
                Phrases = [new TokenPhrase("generated", phraseTokens)],
            });
        var match = ReplyScorer.Score(step, reply).Matched.SingleOrDefault(m => m.Item.Id == "target");
        return match is not null
            && match.Evidence.Count > 0
            && match.Evidence.All(r => r.Start.Value >= 0 && r.End.Value <= reply.Length && r.Start.Value < r.End.Value);
    }
}
