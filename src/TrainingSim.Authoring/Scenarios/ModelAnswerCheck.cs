using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using TrainingSim.Core.Scenarios;
using TrainingSim.Core.Scoring;
using TrainingSim.Core.Text;

namespace TrainingSim.Authoring.Scenarios;

/// <summary>Which items a model answer misses and which penalties it hits, by the scenario format's normative
/// matching (the tokens of <see cref="Tokenizer"/>, contiguous token phrases with the prefix rule, regexes on the
/// normalised text). The engine's <c>ReplyScorer</c> stays the authority: a property test checks that both always
/// agree. This light version exists because validating a library must not build and keep the engine's compiled
/// matcher for every step (that tripled the cost of loading).</summary>
internal static class ModelAnswerCheck
{
    private const int MaxCachedPatterns = 4096;

    private static readonly ConcurrentDictionary<string, Regex?> Compiled = new(StringComparer.Ordinal);

    /// <summary>The positive non-bonus items missed and the penalties hit. Regexes compile as the engine's do
    /// (<see cref="RubricRegex"/>): linear time, so no wall-clock limit is needed and results never depend on
    /// machine load; a fall-back pattern that times out counts as no match, as in scoring.</summary>
    public static ModelAnswerResult Check(FreeTextStep step, string reply)
    {
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
            if (item.Points > 0 && !item.Bonus && !matched)
                missed.Add(item);
            else if (item.Points < 0 && matched)
                penalties.Add(item);
        }

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
                    known = IsMatch(regex.Pattern, normalized);

                    regexResults[regex.Pattern] = known;
                    return known;
                default:
                    return false;
            }
        }
    }

    /// <summary>The same answer from the engine's <see cref="ReplyScorer"/> (format 2: negation and length items).</summary>
    public static ModelAnswerResult ByEngine(FreeTextStep step, string reply)
    {
        var evaluation = ReplyScorer.Score(step, reply);
        return new ModelAnswerResult([.. evaluation.MissedRequired], [.. evaluation.Penalties.Select(match => match.Item)]);
    }

    private static bool IsMatch(string pattern, string normalized)
    {
        if (!Compiled.TryGetValue(pattern, out var regex))
        {
            regex = TryCreate(pattern);
            if (Compiled.Count < MaxCachedPatterns)
                Compiled.TryAdd(pattern, regex);
        }

        if (regex is null)
            return false;
        try
        {
            return regex.IsMatch(normalized);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>Null for a pattern that does not compile (the loader reports it; here it never occurs).</summary>
    private static Regex? TryCreate(string pattern)
    {
        try
        {
            return RubricRegex.Create(pattern);
        }
        catch (ArgumentException)
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
