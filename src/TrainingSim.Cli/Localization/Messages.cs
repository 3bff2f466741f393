using System.Globalization;
using System.Resources;
using TrainingSim.Wording;

namespace TrainingSim.Cli;

/// <summary>User-facing prose in the interface language (Localization/Strings*.resx), looked up by the program's one
/// rule (<see cref="ResourceText"/>). Diagnostic codes, JSON field names and outcome ids stay as they are in every
/// language.</summary>
public sealed class Messages
{
    private static readonly ResourceManager Resources =
        new("TrainingSim.Cli.Localization.Strings", typeof(Messages).Assembly);

    private readonly ResourceText _text;

    public Messages(CultureInfo culture) => _text = new ResourceText(Resources, culture);

    public CultureInfo Culture => _text.Culture;

    public bool IsChinese => _text.IsChinese;

    public string this[string key] => _text[key];

    public string Format(string key, params object?[] args) => _text.Format(key, args);

    /// <summary>The message with its text arguments (stored names, paths) made safe for the terminal.</summary>
    public string FormatSafe(string key, params object?[] args) =>
        Format(key, [.. args.Select(a => a is string text ? TerminalText.Safe(text) : a)]);

    /// <summary>Every key of one language's own file, for the completeness test.</summary>
    internal static IReadOnlyList<string> Keys(CultureInfo culture) => ResourceText.Keys(Resources, culture);
}
