using TrainingSim.Core.Courses;
using TrainingSim.Core.Scenarios;

namespace TrainingSim.Tui.Models;

/// <summary>The order every catalog view shows scenarios in: the interface language's scenarios first (a
/// Chinese interface lists the Chinese library before the English one), then by module (in the modules file's
/// <c>order</c>, then modules it does not list, by name), difficulty and id.</summary>
internal static class CatalogOrder
{
    public static IReadOnlyList<Scenario> Sort(IEnumerable<Scenario> scenarios, string interfaceLanguage,
        IReadOnlyDictionary<string, IReadOnlyList<CourseModule>>? modules = null)
    {
        var prefix = LanguagePrefix(interfaceLanguage);
        return
        [
            .. scenarios
                .OrderBy(s => LanguagePrefix(s.Language) == prefix ? 0 : 1)
                .ThenBy(s => Rank(s, modules))
                .ThenBy(s => s.Module, StringComparer.Ordinal)
                .ThenBy(s => s.Difficulty)
                .ThenBy(s => s.Id, StringComparer.Ordinal),
        ];
    }

    /// <summary>The module of a scenario in its language's modules file: its metadata, or null when not listed.</summary>
    public static CourseModule? ModuleOf(Scenario scenario, IReadOnlyDictionary<string, IReadOnlyList<CourseModule>>? modules) =>
        modules is not null && modules.TryGetValue(scenario.Language, out var listed)
            ? listed.FirstOrDefault(m => string.Equals(m.Id, scenario.Module, StringComparison.Ordinal))
            : null;

    private static int Rank(Scenario scenario, IReadOnlyDictionary<string, IReadOnlyList<CourseModule>>? modules) =>
        ModuleOf(scenario, modules)?.Order ?? int.MaxValue;

    private static string LanguagePrefix(string language) => language.Split('-')[0];
}
