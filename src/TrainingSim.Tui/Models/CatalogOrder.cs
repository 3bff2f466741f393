using TrainingSim.Core.Scenarios;

namespace TrainingSim.Tui.Models;

/// <summary>The order every catalog view shows scenarios in: the interface language's scenarios first (a
/// Chinese interface lists the Chinese library before the English one), then by module, difficulty and id.</summary>
internal static class CatalogOrder
{
    public static IReadOnlyList<Scenario> Sort(IEnumerable<Scenario> scenarios, string interfaceLanguage)
    {
        var prefix = LanguagePrefix(interfaceLanguage);
        return
        [
            .. scenarios
                .OrderBy(s => LanguagePrefix(s.Language) == prefix ? 0 : 1)
                .ThenBy(s => s.Module, StringComparer.Ordinal)
                .ThenBy(s => s.Difficulty)
                .ThenBy(s => s.Id, StringComparer.Ordinal),
        ];
    }

    private static string LanguagePrefix(string language) => language.Split('-')[0];
}
