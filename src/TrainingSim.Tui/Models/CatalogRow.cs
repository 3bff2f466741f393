using TrainingSim.Core.Scenarios;

namespace TrainingSim.Tui.Models;

/// <summary>One line of the home screen's catalog: a module heading (no scenario) or a scenario with
/// the trainee's best result.</summary>
internal sealed record CatalogRow(string Module, Scenario? Scenario, bool Locked, int? BestStars, int? BestScore, int Attempts)
{
    public bool IsHeading => Scenario is null;
}
