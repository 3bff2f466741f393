using System.Globalization;
using System.Resources;
using Humanizer;
using TrainingSim.Core.Content;
using TrainingSim.Tui.Models.Staff;

namespace TrainingSim.Tui.Screens.Staff;

/// <summary>The staff views' strings (StaffStrings.resx: zh-CN; StaffStrings.en.resx: English), kept apart
/// from the trainee game's so the two can change independently. Keys start with <c>Staff</c>.</summary>
internal sealed class StaffText(CultureInfo culture, TrainingContent content)
{
    private static readonly ResourceManager Resources =
        new("TrainingSim.Tui.Screens.Staff.StaffStrings", typeof(StaffText).Assembly);

    public CultureInfo Culture { get; } = culture;

    public string this[string key] =>
        Resources.GetString(key, Culture) ?? throw new InvalidOperationException($"Missing UI string '{key}'.");

    public string Format(string key, params object?[] args) => string.Format(Culture, this[key], args);

    public string Message(StaffMessage message, TimeProvider clock) =>
        Format(message.Key, [.. message.Args.Select(a => a is DateTimeOffset when ? When(when, clock) : a)]);

    /// <summary>A moment relative to now ("3 小时前", "30 秒后").</summary>
    public string When(DateTimeOffset when, TimeProvider clock) => when.Humanize(clock.GetUtcNow(), Culture);

    public string Flag(AttentionFlag flag) => Format(flag.Key, flag.Args);

    /// <summary>An outcome id as the content names it in the interface language (the id when unnamed).</summary>
    public string Outcome(string outcomeId) => content.OutcomeName(outcomeId, Culture.Name);
}
