using System.Collections.Frozen;
using System.Text;

namespace TrainingSim.Core.Progress;

/// <summary>The part of Unicode TR39's confusables that matters for trainee names: Cyrillic and Greek letters
/// that look like Latin ones, Latin look-alikes (I/l/1, 0/O, rn/m), katakana that look like hanzi, and the
/// middle dots of transcribed names. Full-width forms need no entry: NFKC has already folded them.</summary>
internal static class Confusables
{
    private static readonly FrozenDictionary<char, char> Map = new Dictionary<char, char>
    {
        // Cyrillic
        ['А'] = 'A', ['В'] = 'B', ['Е'] = 'E', ['К'] = 'K', ['М'] = 'M', ['Н'] = 'H', ['О'] = 'O', ['Р'] = 'P',
        ['С'] = 'C', ['Т'] = 'T', ['Х'] = 'X', ['У'] = 'Y', ['Ү'] = 'Y', ['Ѕ'] = 'S', ['І'] = 'l', ['Ӏ'] = 'l',
        ['Ј'] = 'J', ['Ԛ'] = 'Q', ['Ԝ'] = 'W', ['Ѵ'] = 'V',
        ['а'] = 'a', ['е'] = 'e', ['о'] = 'o', ['р'] = 'p', ['с'] = 'c', ['у'] = 'y', ['ү'] = 'y', ['х'] = 'x',
        ['ѕ'] = 's', ['і'] = 'i', ['ј'] = 'j', ['ԁ'] = 'd', ['ԛ'] = 'q', ['ԝ'] = 'w', ['һ'] = 'h', ['ӏ'] = 'l',
        ['ѵ'] = 'v', ['ɡ'] = 'g',
        // Greek
        ['Α'] = 'A', ['Β'] = 'B', ['Ε'] = 'E', ['Ζ'] = 'Z', ['Η'] = 'H', ['Ι'] = 'l', ['Κ'] = 'K', ['Μ'] = 'M',
        ['Ν'] = 'N', ['Ο'] = 'O', ['Ρ'] = 'P', ['Τ'] = 'T', ['Υ'] = 'Y', ['Χ'] = 'X',
        ['α'] = 'a', ['ο'] = 'o', ['ρ'] = 'p', ['ν'] = 'v', ['ι'] = 'i', ['κ'] = 'k', ['υ'] = 'u', ['χ'] = 'x',
        ['γ'] = 'y',
        // Latin look-alikes
        ['I'] = 'l', ['1'] = 'l', ['|'] = 'l', ['0'] = 'O', ['ı'] = 'i',
        // Katakana that look like hanzi
        ['ー'] = '一', ['ロ'] = '口', ['エ'] = '工', ['カ'] = '力', ['タ'] = '夕', ['ニ'] = '二', ['ハ'] = '八',
        ['ト'] = '卜',
        // Middle dots (维吾尔族 and foreign names)
        ['・'] = '·', ['•'] = '·', ['‧'] = '·', ['∙'] = '·', ['⋅'] = '·',
    }.ToFrozenDictionary();

    /// <summary>TR39's skeleton, narrowed as above and folded further for names: NFD, each look-alike mapped,
    /// NFD again, then lower case with no spaces, "rn" read as "m" and "vv" as "w". Two names with the same
    /// skeleton look alike.</summary>
    public static string Skeleton(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var mapped = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (!char.IsWhiteSpace(c))
                mapped.Append(Map.GetValueOrDefault(c, c));
        }

        return mapped.ToString().Normalize(NormalizationForm.FormD).ToLowerInvariant()
            .Replace("rn", "m", StringComparison.Ordinal)
            .Replace("vv", "w", StringComparison.Ordinal);
    }
}
