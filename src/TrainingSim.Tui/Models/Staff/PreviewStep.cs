using TrainingSim.Core.Scenarios;

namespace TrainingSim.Tui.Models.Staff;

/// <summary>A free-text step the rubric preview can try replies on.</summary>
internal sealed record PreviewStep(Scenario Scenario, FreeTextStep Step);
