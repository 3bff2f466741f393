using System.Globalization;
using TrainingSim.Core.Content;
using TrainingSim.Core.Progress;
using TrainingSim.Core.Scenarios;

namespace TrainingSim.Tui;

/// <summary>Everything the text UI needs from its host (the command line).</summary>
public sealed record TuiOptions
{
    /// <summary>The loaded, valid scenarios of the library.</summary>
    public required IReadOnlyList<Scenario> Scenarios { get; init; }

    /// <summary>Skills' display names.</summary>
    public TrainingContent Content { get; init; } = new();

    public required IProgressStore Store { get; init; }

    /// <summary>Interface language: zh-CN (default) or en.</summary>
    public CultureInfo Culture { get; init; } = CultureInfo.GetCultureInfo("zh-CN");

    /// <summary>Shown in the status line.</summary>
    public string DatabasePath { get; init; } = "";

    /// <summary>Clock for attempt times, reply timing and "3 小时前".</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
