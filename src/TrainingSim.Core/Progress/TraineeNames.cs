using System.Globalization;
using System.Text;

namespace TrainingSim.Core.Progress;

/// <summary>The one rule for trainee names, wherever a name is typed (the sign-in form, <c>trainee add</c>,
/// <c>play --trainee</c>): NFKC-normalised and trimmed (runs of spaces become one); no invisible characters;
/// at most <see cref="MaxLength"/> characters; and a new name must neither equal nor look like an existing one
/// (<see cref="Confusables.Skeleton"/>). Lists are in pinyin order (<see cref="Order"/>).</summary>
public static class TraineeNames
{
    public const int MaxLength = 40;

    private static readonly CompareInfo Chinese = CultureInfo.GetCultureInfo("zh-CN").CompareInfo;

    /// <summary>Names in 汉语拼音 order (ICU's zh-CN collation), case ignored; ties ordinal.</summary>
    public static IComparer<string> Order { get; } = Comparer<string>.Create(static (x, y) =>
    {
        var order = Chinese.Compare(x, y, CompareOptions.IgnoreCase);
        return order != 0 ? order : string.CompareOrdinal(x, y);
    });

    /// <summary>The name as stored and compared: NFKC, trimmed, inner runs of white space as one space.</summary>
    public static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var folded = name.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded.AsSpan().Trim())
        {
            if (!char.IsWhiteSpace(c))
                builder.Append(c);
            else if (builder[^1] != ' ')
                builder.Append(' ');
        }

        return builder.ToString();
    }

    /// <summary>Whether <paramref name="name"/> can be a new trainee next to <paramref name="existing"/>.</summary>
    public static NameCheck Check(string name, IEnumerable<Trainee> existing)
    {
        ArgumentNullException.ThrowIfNull(existing);
        var normalized = Normalize(name);
        if (normalized.Length == 0)
            return new NameCheck(normalized, NameProblem.Empty);
        if (InvisibleIn(normalized) is not null)
            return new NameCheck(normalized, NameProblem.Invisible);
        if (normalized.EnumerateRunes().Count() > MaxLength)
            return new NameCheck(normalized, NameProblem.TooLong);

        var skeleton = Confusables.Skeleton(normalized);
        Trainee? lookalike = null;
        foreach (var trainee in existing)
        {
            if (string.Equals(trainee.Name, normalized, StringComparison.Ordinal))
                return new NameCheck(normalized, NameProblem.Taken, trainee);
            if (lookalike is null && string.Equals(Confusables.Skeleton(trainee.Name), skeleton, StringComparison.Ordinal))
                lookalike = trainee;
        }

        return lookalike is null ? new NameCheck(normalized, NameProblem.None) : new NameCheck(normalized, NameProblem.Confusable, lookalike);
    }

    /// <summary>Whether a search text matches a name: its normalised form, case ignored, anywhere in it.</summary>
    public static bool Matches(string name, string search)
    {
        ArgumentNullException.ThrowIfNull(name);
        var wanted = Normalize(search);
        return wanted.Length == 0 || name.Contains(wanted, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The first invisible character of the name (to name it as U+XXXX), or null.</summary>
    public static Rune? InvisibleIn(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (var rune in name.EnumerateRunes())
        {
            if (IsInvisible(rune))
                return rune;
        }

        return null;
    }

    private static bool IsInvisible(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format or UnicodeCategory.Control or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
            or UnicodeCategory.Surrogate
        || rune.Value is >= 0xFE00 and <= 0xFE0F or >= 0xE0100 and <= 0xE01EF // variation selectors
            or 0x034F or 0x115F or 0x1160 or 0x3164 or 0xFFA0 or 0x2800; // grapheme joiner, Hangul fillers, braille blank
}
