using System.Globalization;
using System.Resources;
using TrainingSim.Core.Content;
using TrainingSim.Wording;

namespace TrainingSim.Tui.Localization;

/// <summary>The interface's strings (Strings.resx: zh-CN; Strings.en.resx: English) in one culture, looked up by
/// the program's one rule (<see cref="ResourceText"/>), and the shared wording of feedback, stars and names.</summary>
internal sealed class UiText
{
    private static readonly ResourceManager Resources =
        new("TrainingSim.Tui.Localization.Strings", typeof(UiText).Assembly);

    private readonly ResourceText _text;

    public UiText(CultureInfo culture, TrainingContent content)
    {
        _text = new ResourceText(Resources, culture);
        Wording = new InterfaceWording(culture, content);
    }

    public CultureInfo Culture => _text.Culture;

    /// <summary>True for Chinese interfaces.</summary>
    public bool IsChinese => _text.IsChinese;

    /// <summary>Feedback, stars, skill and outcome names, as the CLI and the staff views word them too.</summary>
    public InterfaceWording Wording { get; }

    public string this[string key] => _text[key];

    public string Format(string key, params object?[] args) => _text.Format(key, args);

    /// <summary>The name of a trainee level (见习客服 for level 1; the last name serves every level above it).</summary>
    public string LevelName(int level) => this[$"LevelName{Math.Clamp(level, 1, LevelNames)}"];

    private const int LevelNames = 6;

    /// <summary>Every key of one language's own file, for the completeness test.</summary>
    internal static IReadOnlyList<string> Keys(CultureInfo culture) => ResourceText.Keys(Resources, culture);
}
