using TrainingSim.Core.Scenarios;

namespace TrainingSim.Core.Text;

/// <summary>Turns a phrase as an author writes it into a <see cref="Phrase"/>: <c>/regex/</c> becomes a
/// <see cref="RegexPhrase"/>; anything else is tokenised by the normative rules, and a token written
/// directly before a <c>*</c> (<c>apolog*</c>) becomes a prefix token.</summary>
public static class PhraseParser
{
    public static Phrase Parse(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (IsRegex(source))
            return new RegexPhrase(source, source[1..^1]);

        var tokens = Tokenizer.Tokenize(source);
        var phraseTokens = new PhraseToken[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            var end = tokens[i].Start + tokens[i].Length;
            var isPrefix = end < source.Length && IsStar(source[end]);
            phraseTokens[i] = new PhraseToken(tokens[i].Text, isPrefix);
        }

        return new TokenPhrase(source, phraseTokens);
    }

    /// <summary>True for <c>/…/</c> with at least one character between the slashes.</summary>
    public static bool IsRegex(string source) =>
        source.Length >= 3 && source[0] == '/' && source[^1] == '/';

    private static bool IsStar(char c) => c is '*' or '＊';
}
