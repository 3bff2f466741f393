using System.Globalization;
using System.Text;

namespace TrainingSim.Core.Text;

/// <summary>The normative text rules of the scenario format: NFKC, case-fold, then tokens — every CJK
/// character alone, every run of other letters or digits as one, whitespace and punctuation dropped.</summary>
public static class Tokenizer
{
    /// <summary>NFKC then case-folded, the form regex phrases are matched against.</summary>
    public static string Normalize(string text)
    {
        var nfkc = text.Normalize(NormalizationForm.FormKC);
        var folded = CaseFold(nfkc);
        // Folding can leave text that composes further (ẞ + U+0301 → s + ś): normalise once more.
        return ReferenceEquals(folded, nfkc) || folded.Equals(nfkc, StringComparison.Ordinal)
            ? nfkc
            : folded.Normalize(NormalizationForm.FormKC);
    }

    /// <summary>Unicode case folding of NFKC text: lower-casing, then the foldings where lower case keeps two forms
    /// apart (ß and ẞ fold to ss, final ς to σ), so that HAUPTSTRASSE meets Hauptstraße and ΛΌΓΟΣ meets λόγος.</summary>
    public static string CaseFold(string text)
    {
        var lower = text.ToLowerInvariant();
        return lower.AsSpan().IndexOfAny('ß', 'ς') < 0 ? lower : lower.Replace("ß", "ss", StringComparison.Ordinal).Replace('ς', 'σ');
    }

    public static IReadOnlyList<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>(Math.Min(text.Length, 4096));
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
        // Single-character elements that normalisation leaves alone (ASCII, the main CJK blocks) take a
        // short path that gives the same tokens without normalising.
        var start = 0;
        while (start < text.Length)
        {
            var length = StringInfo.GetNextTextElementLength(text.AsSpan(start));
            var end = start + length;
            if (length == 1 && text[start] is var c && (char.IsAscii(c) || IsStableCjk(c)))
            {
                if (char.IsAsciiLetterOrDigit(c))
                {
                    if (wordStart < 0)
                        wordStart = start;
                    word.Append(char.ToLowerInvariant(c));
                    wordEnd = end;
                }
                else if (char.IsAscii(c))
                {
                    FlushWord();
                }
                else
                {
                    FlushWord();
                    tokens.Add(new Token(CjkString(c), start, 1));
                }

                start = end;
                continue;
            }

            var normalized = Normalize(text.Substring(start, length));
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

            start = end;
        }

        FlushWord();
        return tokens;
    }

    // CJK Unified Ideographs and Extension A: NFKC and case-folding leave them unchanged (unlike the
    // compatibility ideographs, which normalise to other characters).
    private static bool IsStableCjk(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF');

    private static readonly string?[] CjkStrings = new string?[0x9FFF - 0x3400 + 1];

    /// <summary>One shared string per ideograph (a race only makes an equal string twice).</summary>
    private static string CjkString(char c) => CjkStrings[c - 0x3400] ??= c.ToString();

    // A combining mark belongs to the letter before it; one that follows no letter or digit (the emoji variation
    // selector U+FE0F after ❤, say) is dropped rather than starting a word of its own.
    private static bool IsMark(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static bool IsWordRune(Rune rune)
    {
        if (IsVariationSelector(rune))
            return false;
        if (Rune.IsLetterOrDigit(rune))
            return true;
        var category = Rune.GetUnicodeCategory(rune);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    private static bool IsVariationSelector(Rune rune) =>
        rune.Value is (>= 0xFE00 and <= 0xFE0F) or (>= 0xE0100 and <= 0xE01EF);

    /// <summary>Han ideographs, kana and Hangul syllables: each is a token of its own. The katakana middle dot
    /// ・ (and half-width ･, which NFKC makes ・) and the double hyphen ゠ are punctuation, not kana.</summary>
    public static bool IsCjk(Rune rune) => rune.Value switch
    {
        0x30A0 or 0x30FB => false,         // ゠ ・
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
