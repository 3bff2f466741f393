using TrainingSim.Core.Progress;
using TrainingSim.Core.Scenarios;

namespace TrainingSim.Tui.Models;

/// <summary>The briefing's state: the scenario and the chosen mode.</summary>
internal sealed class BriefingModel(Scenario scenario, PlayMode mode = PlayMode.Practice)
{
    public Scenario Scenario { get; } = scenario;

    public PlayMode Mode { get; private set; } = mode;

    public void ToggleMode() => Mode = Mode == PlayMode.Practice ? PlayMode.Exam : PlayMode.Practice;
}
