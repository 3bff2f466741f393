using System.Collections;
using System.Globalization;
using System.Resources;

namespace TrainingSim.Wording;

/// <summary>The one lookup rule for every .resx of the program: the string in the culture, else in the
/// project's neutral language, else the key itself. It never throws. Each project's completeness test keeps
/// its languages' keys equal, and the wording tests fail when a zh-CN screen shows text that is not Chinese,
/// so neither fallback reaches a trainee.</summary>
public sealed class ResourceText(ResourceManager resources, CultureInfo culture)
{
    public CultureInfo Culture { get; } = culture;

    /// <summary>True for Chinese interfaces.</summary>
    public bool IsChinese => Culture.TwoLetterISOLanguageName == "zh";

    public string this[string key] => resources.GetString(key, Culture) ?? key;

    public string Format(string key, params object?[] args) => string.Format(Culture, this[key], args);

    /// <summary>The keys one culture's own file defines (no fallback), for completeness tests.</summary>
    public static IReadOnlyList<string> Keys(ResourceManager resources, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(resources);
        var set = resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
        return set is null ? [] : [.. set.Cast<DictionaryEntry>().Select(e => (string)e.Key).Order(StringComparer.Ordinal)];
    }
}
