using System.Globalization;
using System.Text;
using TrainingSim.Core.Text;

namespace TrainingSim.Core.Tests.Text;

/// <summary>The tokenizer as first written (every text element normalised, no short paths): the oracle
/// that the optimised <see cref="Core.Text.Tokenizer"/> must agree with.</summary>
internal static class ReferenceTokenizer
{
    /// <summary>NFKC then case-folded, the form regex phrases are matched against.</summary>
    public static string Normalize(string text)
    {
        var folded = new StringBuilder();
        foreach (var rune in text.Normalize(NormalizationForm.FormKC).EnumerateRunes())
        {
            var lower = Rune.ToLowerInvariant(rune);
            folded.Append(lower.Value switch { 0xDF => "ss", 0x3C2 => "σ", _ => lower.ToString() });
        }

        return folded.ToString().Normalize(NormalizationForm.FormKC);
    }

    public static IReadOnlyList<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var word = new StringBuilder();
        var wordStart = -1;
        var wordEnd = -1;

        void FlushWord()
        {
            if (word.Length > 0)
                tokens.Add(new Token(word.ToString(), wordStart, wordEnd - wordStart));
            word.Clear();
            wordStart = -1;
        }

        // Normalise one text element at a time so every token keeps its place in the original text.
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var start = elements.ElementIndex;
            var element = (string)elements.Current;
            var end = start + element.Length;
            var normalized = Normalize(element);
            foreach (var rune in normalized.EnumerateRunes())
            {
                if (IsCjk(rune))
                {
                    FlushWord();
                    tokens.Add(new Token(rune.ToString(), start, end - start));
                }
                else if (IsWordRune(rune) && (word.Length > 0 || !IsMark(rune)))
                {
                    if (wordStart < 0)
                        wordStart = start;
                    word.Append(rune.ToString());
                    wordEnd = end;
                }
                else
                {
                    FlushWord();
                }
            }
        }

        FlushWord();
        return tokens;
    }

    private static bool IsMark(Rune rune) => Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark
        or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static bool IsWordRune(Rune rune)
    {
        if (rune.Value is (>= 0xFE00 and <= 0xFE0F) or (>= 0xE0100 and <= 0xE01EF))
            return false;
        if (Rune.IsLetterOrDigit(rune))
            return true;
        var category = Rune.GetUnicodeCategory(rune);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    /// <summary>Han ideographs, kana and Hangul syllables: each is a token of its own.</summary>
    public static bool IsCjk(Rune rune) => rune.Value switch
    {
        0x30A0 or 0x30FB => false,         // ゠ ・ are punctuation
        >= 0x3400 and <= 0x4DBF => true,   // CJK Unified Ideographs Extension A
        >= 0x4E00 and <= 0x9FFF => true,   // CJK Unified Ideographs
        >= 0xF900 and <= 0xFAFF => true,   // CJK Compatibility Ideographs
        >= 0x20000 and <= 0x3FFFF => true, // Extensions B and later
        >= 0x3040 and <= 0x30FF => true,   // Hiragana, Katakana
        >= 0x31F0 and <= 0x31FF => true,   // Katakana phonetic extensions
        >= 0xAC00 and <= 0xD7AF => true,   // Hangul syllables
        0x3007 => true,                    // 〇
        _ => false,
    };
}
