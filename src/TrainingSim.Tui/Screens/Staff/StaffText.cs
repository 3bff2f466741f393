using System.Globalization;
using System.Resources;
using Humanizer;
using TrainingSim.Core.Content;
using TrainingSim.Tui.Models.Staff;
using TrainingSim.Wording;

namespace TrainingSim.Tui.Screens.Staff;

/// <summary>The staff views' strings (StaffStrings.resx: zh-CN; StaffStrings.en.resx: English), kept apart
/// from the trainee game's so the two can change independently. Keys start with <c>Staff</c>.</summary>
internal sealed class StaffText(CultureInfo culture, TrainingContent content)
{
    private static readonly ResourceManager Resources =
        new("TrainingSim.Tui.Screens.Staff.StaffStrings", typeof(StaffText).Assembly);

    public CultureInfo Culture { get; } = culture;

    private readonly ResourceText _text = new(Resources, culture);

    /// <summary>Feedback, stars, skill and outcome names, as the CLI and the trainee's screens word them too.</summary>
    public InterfaceWording Wording { get; } = new(culture, content);

    public string this[string key] => _text[key];

    public string Format(string key, params object?[] args) => _text.Format(key, args);

    public string Message(StaffMessage message, TimeProvider clock) =>
        Format(message.Key, [.. message.Args.Select(a => a is DateTimeOffset when ? When(when, clock) : a)]);

    /// <summary>A moment relative to now ("3 小时前", "30 秒后").</summary>
    public string When(DateTimeOffset when, TimeProvider clock) => when.Humanize(clock.GetUtcNow(), Culture);

    public string Flag(AttentionFlag flag) => Format(flag.Key, flag.Args);

    /// <summary>An outcome id as the content names it in the interface language.</summary>
    public string Outcome(string outcomeId) => Wording.Names.Outcome(outcomeId);
}
