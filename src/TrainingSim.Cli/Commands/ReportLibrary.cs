using TrainingSim.Authoring;
using TrainingSim.Reports;
using TrainingSim.Core.Scenarios;
using TrainingSim.Wording;

namespace TrainingSim.Cli.Commands;

/// <summary>The scenarios and skill names that make reports and exports read better (step order, rubric
/// items never matched, titles, skill names). Best effort: a report still works from the database alone
/// when the library cannot be loaded.</summary>
internal sealed record ReportLibrary(IReadOnlyDictionary<string, Scenario> Scenarios, IReadOnlyDictionary<string, string> SkillNames)
{
    public static ReportLibrary Load(CliContext context)
    {
        try
        {
            var content = ContentLoader.Load(context.ContentPath);
            var library = LibraryLoader.Load(context.ScenarioPaths, content.Content);
            var scenarios = new Dictionary<string, Scenario>(StringComparer.Ordinal);
            foreach (var scenario in library.Scenarios)
                scenarios.TryAdd(scenario.Id, scenario);
            var names = new ContentNames(content.Content, context.Culture);
            var skills = content.Content.Skills.Keys.ToDictionary(id => id, names.Skill, StringComparer.Ordinal);
            return new ReportLibrary(scenarios, skills);
        }
        catch (Exception e) when (e is CliException or IOException or UnauthorizedAccessException)
        {
            return new ReportLibrary(new Dictionary<string, Scenario>(), new Dictionary<string, string>());
        }
    }

    public ReportLabels Labels(CliContext context) =>
        ReportLabels.For(context.Culture.Name) with { SkillNames = SkillNames };
}
