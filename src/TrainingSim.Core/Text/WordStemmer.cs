using System.Text;
using TrainingSim.Core.Scenarios;

namespace TrainingSim.Core.Text;

/// <summary>Format 2's word forms: reduces a word token to its stem so that apologise, apologised and
/// apologising meet. CJK tokens and tokens with no rule that applies are left as they are.</summary>
public static class WordStemmer
{
    public static string Stem(string token, WordForms? forms)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (forms is null || token.Length <= forms.MinStem || IsCjkToken(token))
            return token;
        var stem = token;
        foreach (var rule in forms.Rules)
        {
            if (stem.Length - rule.Suffix.Length >= forms.MinStem && stem.EndsWith(rule.Suffix, StringComparison.Ordinal))
            {
                stem = string.Concat(stem.AsSpan(0, stem.Length - rule.Suffix.Length), rule.Replacement);
                break;
            }
        }

        if (forms.DropFinalE && stem.Length - 1 > forms.MinStem && stem[^1] == 'e')
            stem = stem[..^1];
        return stem;
    }

    /// <summary>The reply's tokens with every word token replaced by its stem (positions kept).</summary>
    public static IReadOnlyList<Token> Stem(IReadOnlyList<Token> tokens, WordForms? forms)
    {
        if (forms is null)
            return tokens;
        var stemmed = new Token[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
            stemmed[i] = tokens[i] with { Text = Stem(tokens[i].Text, forms) };
        return stemmed;
    }

    /// <summary>A phrase's tokens with every exact word token stemmed; prefix tokens (<c>apolog*</c>) stay as written.</summary>
    public static IReadOnlyList<PhraseToken> Stem(IReadOnlyList<PhraseToken> tokens, WordForms? forms)
    {
        if (forms is null)
            return tokens;
        return [.. tokens.Select(t => t.IsPrefix ? t : t with { Text = Stem(t.Text, forms) })];
    }

    private static bool IsCjkToken(string token) =>
        Rune.DecodeFromUtf16(token, out var rune, out _) == System.Buffers.OperationStatus.Done && Tokenizer.IsCjk(rune);
}
