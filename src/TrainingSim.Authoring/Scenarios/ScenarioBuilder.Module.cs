using TrainingSim.Authoring.Diagnostics;
using TrainingSim.Authoring.Yaml;

namespace TrainingSim.Authoring.Scenarios;

internal sealed partial class ScenarioBuilder
{
    /// <summary>When the content lists the modules of the scenario's language, its <c>module:</c> must be one of them.</summary>
    private void CheckModuleListed(string? language, string? module, YamlNode? node)
    {
        if (language is null || module is null || node is null || !_content.Modules.TryGetValue(language, out var modules))
            return;
        if (modules.Any(m => string.Equals(m.Id, module, StringComparison.Ordinal)))
            return;
        _bag.Add(DiagnosticCodes.UnknownModule, node.Span, "`module`", module, $"content/modules/{language}.yaml",
            Suggestions.DidYouMean(module, modules.Select(m => m.Id).ToList()));
    }
}
