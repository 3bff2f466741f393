using System.Globalization;

namespace TrainingSim.Cli;

/// <summary>The interface languages: zh-CN (the default) and en.</summary>
public static class InterfaceLanguage
{
    public const string Chinese = "zh-CN";
    public const string English = "en";

    public static string[] Supported { get; } = [Chinese, English];

    /// <summary><c>--lang</c> when given, else the system culture when it is Chinese or English, else zh-CN.</summary>
    public static CultureInfo Resolve(string? option, CultureInfo system)
    {
        ArgumentNullException.ThrowIfNull(system);
        if (option is not null)
            return CultureInfo.GetCultureInfo(option.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Chinese : English);
        var name = system.TwoLetterISOLanguageName;
        return CultureInfo.GetCultureInfo(name == "en" ? English : Chinese);
    }
}
