using System.Text.RegularExpressions;
using TrainingSim.Core.Scenarios;
using TrainingSim.Core.Text;

namespace TrainingSim.Authoring.Scenarios;

/// <summary>Which items a model answer misses and which penalties it hits, by the scenario format's normative
/// matching (the tokens of <see cref="Tokenizer"/>, contiguous token phrases with the prefix rule, regexes on the
/// normalised text). The engine's <c>ReplyScorer</c> stays the authority: a property test checks that both always
/// agree. This light version exists because validating a library must not build and keep the engine's compiled
/// matcher for every step (that tripled the cost of loading).</summary>
internal static class ModelAnswerCheck
{
    /// <summary>How long one regex may run on a model answer before it counts as a pattern that backtracks for ages.</summary>
    public static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(20);

    /// <summary>The positive non-bonus items missed and the penalties hit, or null when a regex timed out
    /// (<paramref name="slowPattern"/> says which).</summary>
    public static ModelAnswerResult? Check(FreeTextStep step, string reply, out string? slowPattern)
    {
        string? slow = null;
        var tokens = Tokenizer.Tokenize(reply).Select(t => t.Text).ToArray();
        string? normalized = null;
        var regexResults = new Dictionary<string, bool>(StringComparer.Ordinal);
        var missed = new List<RubricItem>();
        var penalties = new List<RubricItem>();
        foreach (var item in step.Rubric)
        {
            var matched = item.Mode == MatchMode.All
                ? item.Phrases.Count > 0 && item.Phrases.All(Occurs)
                : item.Phrases.Any(Occurs);
            if (slow is not null)
            {
                slowPattern = slow;
                return null;
            }

            if (item.Points > 0 && !item.Bonus && !matched)
                missed.Add(item);
            else if (item.Points < 0 && matched)
                penalties.Add(item);
        }

        slowPattern = null;
        return new ModelAnswerResult(missed, penalties);

        bool Occurs(Phrase phrase)
        {
            switch (phrase)
            {
                case TokenPhrase token:
                    return OccursIn(tokens, token.Tokens);
                case RegexPhrase regex:
                    if (regexResults.TryGetValue(regex.Pattern, out var known))
                        return known;
                    normalized ??= Tokenizer.Normalize(reply);
                    // A time-out is wall-clock time: on a busy machine a plain pattern can be descheduled past it once.
                    // Only a pattern that times out again, with five times the time, counts as slow.
                    var result = IsMatch(normalized, regex.Pattern, RegexTimeout) ?? IsMatch(normalized, regex.Pattern, RegexTimeout * 5);
                    if (result is null)
                        slow ??= regex.Pattern;
                    known = result ?? false;

                    regexResults[regex.Pattern] = known;
                    return known;
                default:
                    return false;
            }
        }
    }

    private static bool? IsMatch(string text, string pattern, TimeSpan timeout)
    {
        try
        {
            return Regex.IsMatch(text, pattern, RegexOptions.CultureInvariant, timeout);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    /// <summary>A token phrase occurs when its tokens occur contiguously; a prefix token matches any token it starts.</summary>
    private static bool OccursIn(string[] tokens, IReadOnlyList<PhraseToken> phrase)
    {
        if (phrase.Count == 0)
            return false;
        for (var start = 0; start + phrase.Count <= tokens.Length; start++)
        {
            var all = true;
            for (var k = 0; k < phrase.Count && all; k++)
            {
                var token = tokens[start + k];
                all = phrase[k].IsPrefix
                    ? token.StartsWith(phrase[k].Text, StringComparison.Ordinal)
                    : string.Equals(token, phrase[k].Text, StringComparison.Ordinal);
            }

            if (all)
                return true;
        }

        return false;
    }
}

/// <summary>What keeps a reply from a step's full score.</summary>
internal sealed record ModelAnswerResult(IReadOnlyList<RubricItem> Missed, IReadOnlyList<RubricItem> Penalties)
{
    public bool EarnsFullScore => Missed.Count == 0 && Penalties.Count == 0;
}
