using FsCheck.Xunit;
using TrainingSim.Core.Scenarios;
using TrainingSim.Core.Scoring;
using TrainingSim.Core.Text;

namespace TrainingSim.Core.Tests.Scoring;

/// <summary>The one-pass matcher agrees with the plain definition — a phrase occurs when its tokens occur
/// contiguously, a prefix token matching any token that starts with it — on random rubrics over a tiny
/// alphabet, where phrases overlap, share prefixes and nest all the time.</summary>
public class MatcherOraclePropertyTests
{
    private static readonly string[] Alphabet = ["a", "ab", "abc", "b", "ba", "您", "好", "抱", "歉"];

    private static string Pick(int value) => Alphabet[((value % Alphabet.Length) + Alphabet.Length) % Alphabet.Length];

    private static bool Occurs(IReadOnlyList<Token> reply, IReadOnlyList<PhraseToken> phrase)
    {
        if (phrase.Count == 0)
            return false;
        for (var start = 0; start + phrase.Count <= reply.Count; start++)
        {
            var all = true;
            for (var k = 0; k < phrase.Count && all; k++)
            {
                var text = reply[start + k].Text;
                all = phrase[k].IsPrefix
                    ? text.StartsWith(phrase[k].Text, StringComparison.Ordinal)
                    : text == phrase[k].Text;
            }

            if (all)
                return true;
        }

        return false;
    }

    [Property(MaxTest = 500)]
    public bool Match_RandomRubric_AgreesWithPlainDefinition(int[] replyPicks, int[][] phrasePicks, bool[] prefixes, bool allMode)
    {
        var reply = string.Join(" ", (replyPicks ?? []).Select(Pick));
        var phrases = (phrasePicks ?? [])
            .Where(p => p is { Length: > 0 })
            .Take(30)
            .Select((picks, i) => new TokenPhrase(
                $"p{i}",
                [.. picks.Take(4).Select((value, k) => new PhraseToken(
                    Pick(value),
                    prefixes is { Length: > 0 } && prefixes[(i + k) % prefixes.Length]))]))
            .ToList();

        // Items of one to three phrases each.
        var items = phrases
            .Select((phrase, i) => (phrase, group: i / 3))
            .GroupBy(x => x.group)
            .Select(g => new RubricItem
            {
                Id = $"i{g.Key}",
                Skill = "empathy",
                Points = 1,
                Mode = allMode ? MatchMode.All : MatchMode.Any,
                Phrases = [.. g.Select(x => (Phrase)x.phrase)],
            })
            .ToList();
        var step = new FreeTextStep { Id = "s", Rubric = items, Next = Next.To("end") };

        var tokens = Tokenizer.Tokenize(reply);
        var expected = items
            .Where(item => allMode
                ? item.Phrases.All(p => Occurs(tokens, ((TokenPhrase)p).Tokens))
                : item.Phrases.Any(p => Occurs(tokens, ((TokenPhrase)p).Tokens)))
            .Select(item => item.Id);
        var actual = ReplyScorer.Score(step, reply).Matched.Select(m => m.Item.Id);
        return expected.SequenceEqual(actual);
    }
}
