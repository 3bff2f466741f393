using TrainingSim.Core.Progress;
using TrainingSim.Core.Scenarios;

namespace TrainingSim.Tui.Models;

/// <summary>The briefing's state: the scenario and the chosen mode (fixed for a course plan's exam).</summary>
internal sealed class BriefingModel(Scenario scenario, PlayMode mode = PlayMode.Practice, bool modeFixed = false)
{
    public Scenario Scenario { get; } = scenario;

    public PlayMode Mode { get; private set; } = mode;

    public bool ModeFixed { get; } = modeFixed;

    public void ToggleMode()
    {
        if (!ModeFixed)
            Mode = Mode == PlayMode.Practice ? PlayMode.Exam : PlayMode.Practice;
    }
}
