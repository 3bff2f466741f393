using System.Globalization;
using System.Resources;

namespace TrainingSim.Cli;

/// <summary>User-facing prose in the interface language (Localization/Strings*.resx). Diagnostic codes,
/// JSON field names and outcome ids stay as they are in every language.</summary>
public sealed class Messages
{
    private static readonly ResourceManager Resources =
        new("TrainingSim.Cli.Localization.Strings", typeof(Messages).Assembly);

    public Messages(CultureInfo culture) => Culture = culture;

    public CultureInfo Culture { get; }

    public bool IsChinese => Culture.TwoLetterISOLanguageName == "zh";

    /// <summary>The text for <paramref name="key"/>; the key itself when missing (a test keeps both files complete).</summary>
    public string this[string key] => Resources.GetString(key, Culture) ?? key;

    public string Format(string key, params object?[] args) => string.Format(Culture, this[key], args);

    /// <summary>Every key of the neutral (English) resources, for the completeness test.</summary>
    internal static IReadOnlyList<string> Keys(CultureInfo culture)
    {
        var set = Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
        return set is null ? [] : [.. set.Cast<System.Collections.DictionaryEntry>().Select(e => (string)e.Key).Order(StringComparer.Ordinal)];
    }
}
