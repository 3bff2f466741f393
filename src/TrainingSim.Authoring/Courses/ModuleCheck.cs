using TrainingSim.Authoring.Diagnostics;
using TrainingSim.Core.Content;
using TrainingSim.Core.Courses;
using TrainingSim.Core.Diagnostics;
using TrainingSim.Core.Scenarios;

namespace TrainingSim.Authoring.Courses;

/// <summary>Each modules file against the scenarios of its language: every <c>teaches</c> line names one of the module's
/// own scenarios; every scenario has a line (warning); every module has scenarios (warning) covering difficulties 1 to 5
/// (warning). A scenario whose module is not listed is reported in its own file, by the scenario loader.</summary>
internal static class ModuleCheck
{
    public static IEnumerable<Diagnostic> Check(TrainingContent content, IReadOnlyList<Scenario> scenarios)
    {
        foreach (var (language, modules) in content.Modules.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            var own = scenarios.Where(s => s.Language == language).ToList();
            var byId = own.GroupBy(s => s.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            var found = new List<Diagnostic>();
            foreach (var module in modules)
                found.AddRange(CheckModule(module, own, byId));
            foreach (var diagnostic in found.OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Span.Line).ThenBy(d => d.Span.Column))
                yield return diagnostic;
        }
    }

    private static IEnumerable<Diagnostic> CheckModule(CourseModule module, List<Scenario> scenarios, Dictionary<string, Scenario> byId)
    {
        foreach (var (scenarioId, _) in module.Teaches)
        {
            var at = module.TeachesAt[scenarioId];
            if (!byId.TryGetValue(scenarioId, out var scenario))
                yield return DiagnosticCodes.UnknownScenario.Create(module.SourcePath, at, $"`teaches` of module `{module.Id}`", scenarioId,
                    Suggestions.DidYouMean(scenarioId, byId.Keys.ToList()));
            else if (!string.Equals(scenario.Module, module.Id, StringComparison.Ordinal))
                yield return DiagnosticCodes.ScenarioInOtherModule.Create(module.SourcePath, at, $"`teaches` of module `{module.Id}`", scenarioId, scenario.Module);
        }

        var members = scenarios.Where(s => string.Equals(s.Module, module.Id, StringComparison.Ordinal)).ToList();
        if (members.Count == 0)
        {
            yield return DiagnosticCodes.EmptyModule.Create(module.SourcePath, module.IdSpan, module.Id);
            yield break;
        }

        foreach (var scenario in members.Where(s => module.TeachingOf(s.Id) is null).OrderBy(s => s.Id, StringComparer.Ordinal))
            yield return DiagnosticCodes.NoTeachesLine.Create(module.SourcePath, module.IdSpan, module.Id, scenario.Id);
        var missing = Enumerable.Range(1, 5).Where(d => members.All(s => s.Difficulty != d)).ToList();
        if (missing.Count > 0)
            yield return DiagnosticCodes.DifficultiesMissing.Create(module.SourcePath, module.IdSpan, module.Id, string.Join(", ", missing));
    }
}
