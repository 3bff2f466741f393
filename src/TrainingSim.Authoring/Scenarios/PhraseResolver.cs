using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using TrainingSim.Authoring.Diagnostics;
using TrainingSim.Authoring.Yaml;
using TrainingSim.Core.Content;
using TrainingSim.Core.Scenarios;
using TrainingSim.Core.Text;

namespace TrainingSim.Authoring.Scenarios;

/// <summary>Turns phrases as authors write them into <see cref="Phrase"/>s: <c>@bank</c> expands to the bank's
/// phrases, <c>/regex/</c> becomes a checked <see cref="RegexPhrase"/>, anything else a <see cref="TokenPhrase"/>
/// whose tokens written directly before a <c>*</c> are prefix tokens. In format 2 (<paramref name="concepts"/>),
/// <c>@name</c> names a concept of <c>content/format-2/concepts/</c> instead of a phrase bank.</summary>
internal sealed class PhraseResolver(DiagnosticBag bag, TrainingContent content, bool concepts = false)
{
    /// <summary>How long a regex may take on one reply; the same limit checks that a pattern compiles.</summary>

    private static readonly ConditionalWeakTable<TrainingContent, ConcurrentDictionary<(bool, string, string), Phrase[]>> ParsedBanks = new();

    /// <summary>Adds the phrases <paramref name="node"/> stands for to <paramref name="into"/>, reporting what is wrong.</summary>
    public void Resolve(YamlScalar node, string text, string language, List<Phrase> into)
    {
        if (text.StartsWith('@'))
        {
            var name = text[1..];
            var banks = (concepts ? content.Concepts : content.PhraseBanks).GetValueOrDefault(language);
            if (banks is null || !banks.TryGetValue(name, out var phrases))
            {
                var known = banks?.Keys.ToList() ?? [];
                var where = concepts ? $" (format 2 names the concepts of content/format-2/concepts/{language}.yaml)" : "";
                bag.Add(DiagnosticCodes.UnknownPhraseBank, node.Span, name, language, Suggestions.DidYouMean(name, known) + where);
                return;
            }

            into.AddRange(BankPhrases(language, name, phrases));
            return;
        }

        if (TryParse(text, out var result, out var error))
        {
            if (result is RegexPhrase { Pattern: var pattern } && RubricRegex.Check(pattern).Backtracking)
                bag.Add(DiagnosticCodes.BacktrackingRegex, node.Span, text, (int)RubricRegex.FallbackTimeout.TotalMilliseconds);
            into.Add(result);
            return;
        }

        if (result is RegexPhrase)
            bag.Add(DiagnosticCodes.InvalidRegex, node.Span, text, error);
        else
            bag.Add(DiagnosticCodes.EmptyPhrase, node.Span, text);
    }

    /// <summary>A bank's phrases parsed once per content and shared by every scenario that names the bank. Bank
    /// phrases were checked when the content was loaded; the ones that did not pass are left out.</summary>
    private Phrase[] BankPhrases(string language, string name, IReadOnlyList<string> phrases)
    {
        var cache = ParsedBanks.GetValue(content, _ => new ConcurrentDictionary<(bool, string, string), Phrase[]>());
        return cache.GetOrAdd((concepts, language, name), key =>
        [
            .. phrases.Select(text => TryParse(text, out var parsed, out _) ? parsed : null).OfType<Phrase>(),
        ]);
    }

    /// <summary>Parses one literal or regex phrase. False with the phrase and a reason when it can never work.</summary>
    public static bool TryParse(string source, out Phrase phrase, out string? error)
    {
        error = null;
        phrase = PhraseParser.Parse(source);
        switch (phrase)
        {
            case RegexPhrase regex:
                error = RubricRegex.Check(regex.Pattern).Error;
                return error is null;

            case TokenPhrase tokens:
                return tokens.Tokens.Count > 0;
            default:
                return true;
        }
    }
}
