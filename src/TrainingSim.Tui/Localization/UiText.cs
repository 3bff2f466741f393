using System.Globalization;
using System.Resources;

namespace TrainingSim.Tui.Localization;

/// <summary>The interface's strings (Strings.resx: zh-CN; Strings.en.resx: English) in one culture.</summary>
internal sealed class UiText
{
    private static readonly ResourceManager Resources =
        new("TrainingSim.Tui.Localization.Strings", typeof(UiText).Assembly);

    public UiText(CultureInfo culture)
    {
        Culture = culture;
    }

    public CultureInfo Culture { get; }

    /// <summary>True for Chinese interfaces.</summary>
    public bool IsChinese => Culture.TwoLetterISOLanguageName == "zh";

    public string this[string key] =>
        Resources.GetString(key, Culture) ?? throw new InvalidOperationException($"Missing UI string '{key}'.");

    public string Format(string key, params object?[] args) => string.Format(Culture, this[key], args);
}
