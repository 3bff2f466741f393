using System.Reflection;
using System.Text.Json.Nodes;

namespace TrainingSim.Authoring.Tests.Schema;

/// <summary>The loader's key tables (the keys it knows at each place, and suggests for a typo) and the schemas'
/// property names are the same sets: a key added to one and not the other fails here.</summary>
public class KeyTableSchemaTests
{
    private const string Scenario = "scenario.schema.json";

    /// <summary>Loader table (declaring type name and field) → schema file and the JSON pointer of the object schema whose
    /// <c>properties</c> are the same keys; a step kind's table is the step's keys less those its kind forbids.</summary>
    private static readonly Dictionary<string, (string Schema, string Pointer)[]> Places = new()
    {
        ["ScenarioBuilder.TopKeys"] = [(Scenario, "")],
        ["ScenarioBuilder.CustomerKeys"] = [(Scenario, "/properties/customer")],
        ["ScenarioBuilder.StepKeys"] = [(Scenario, "/definitions/step")],
        ["ScenarioBuilder.FreeTextKeys"] = [(Scenario, "/definitions/step#rubric")],
        ["ScenarioBuilder.ChoiceKeys"] = [(Scenario, "/definitions/step#choices")],
        ["ScenarioBuilder.EndKeys"] = [(Scenario, "/definitions/step#end")],
        ["ScenarioBuilder.ChoiceItemKeys"] = [(Scenario, "/definitions/choice")],
        ["ScenarioBuilder.BranchKeys"] = [(Scenario, "/definitions/branch")],
        ["ScenarioBuilder.ExampleKeys"] = [(Scenario, "/definitions/examples")],
        ["ScenarioBuilder.TestKeys"] = [(Scenario, "/definitions/test")],
        ["ScenarioBuilder.ExpectKeys"] = [(Scenario, "/definitions/test/properties/expect")],
        ["RubricItemReader.ItemKeys"] = [(Scenario, "/definitions/rubricItem")],
        ["ContentLoader.SkillsFileKeys"] = [("skills.schema.json", "")],
        ["ContentLoader.SkillKeys"] = [("skills.schema.json", "/properties/skills/additionalProperties")],
        ["ContentLoader.OutcomesFileKeys"] = [("outcomes.schema.json", "")],
        ["ContentLoader.HouseFileKeys"] = [("house-rubric.schema.json", ""), ("house-rubric-2.schema.json", "")],
        ["ContentLoader.TextFileKeys"] = [("text-rules.schema.json", "")],
        ["ContentLoader.NegationKeys"] = [("text-rules.schema.json", "/properties/negation")],
        ["ContentLoader.CueGroupKeys"] = [("text-rules.schema.json", "/definitions/cueGroups/items")],
        ["ContentLoader.WordFormKeys"] = [("text-rules.schema.json", "/properties/word_forms")],
        ["ContentLoader.ModulesFileKeys"] = [("modules.schema.json", "")],
        ["ContentLoader.ModuleKeys"] = [("modules.schema.json", "/properties/modules/items")],
        ["CoursePlanReader.TopKeys"] = [("course-plan.schema.json", "")],
        ["CoursePlanReader.DayKeys"] = [("course-plan.schema.json", "/properties/days/items")],
        ["CoursePlanReader.WeekKeys"] = [("course-plan.schema.json", "/properties/weeks/items")],
        ["CoursePlanReader.EntryKeys"] = [("course-plan.schema.json", "/definitions/entry")],
        ["CoursePlanReader.PassKeys"] = [("course-plan.schema.json", "/definitions/entry/properties/pass")],
    };

    /// <summary>The tables of the modules file and course plans, written on branch `course` in parallel: checked once
    /// that branch is merged (until then the loader has no such table).</summary>
    private static readonly HashSet<string> CourseBranchTables =
    [
        "ContentLoader.ModulesFileKeys", "ContentLoader.ModuleKeys", "CoursePlanReader.TopKeys", "CoursePlanReader.DayKeys",
        "CoursePlanReader.WeekKeys", "CoursePlanReader.EntryKeys", "CoursePlanReader.PassKeys",
    ];

    /// <summary>Every <c>static readonly string[] …Keys</c> field of the loader, as <c>Type.Field</c>.</summary>
    private static Dictionary<string, string[]> LoaderTables() =>
        typeof(ScenarioLoader).Assembly.GetTypes()
            .SelectMany(type => type.GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.DeclaredOnly))
            .Where(field => field.FieldType == typeof(string[]) && field.IsInitOnly && field.Name.EndsWith("Keys", StringComparison.Ordinal))
            .ToDictionary(field => $"{field.DeclaringType!.Name}.{field.Name}", field => (string[])field.GetValue(null)!);

    public static TheoryData<string> Tables() => [.. Places.Keys.Intersect(LoaderTables().Keys).Order(StringComparer.Ordinal)];

    [Fact]
    public void EveryLoaderKeyTable_HasItsPlaceInASchema()
    {
        Assert.Empty(LoaderTables().Keys.Except(Places.Keys).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EverySchemaPlace_NamesALoaderKeyTable()
    {
        Assert.Empty(Places.Keys.Except(LoaderTables().Keys).Except(CourseBranchTables).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void LoaderKeyTable_EqualsTheSchemasPropertyNames(string table)
    {
        var loaderKeys = LoaderTables()[table].Order(StringComparer.Ordinal).ToList();

        foreach (var (schema, pointer) in Places[table])
            Assert.Equal(loaderKeys, SchemaKeys(schema, pointer).Order(StringComparer.Ordinal).ToList());
    }

    /// <summary>The property names at <paramref name="pointer"/>; with <c>#kind</c>, those of a step of that kind: the
    /// step's keys less the other kinds' keys and less the keys its <c>if</c>/<c>then</c> rule forbids.</summary>
    private static IEnumerable<string> SchemaKeys(string schemaName, string pointer)
    {
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(SchemaSet.SchemaFolder, schemaName)))!;
        var (path, kind) = pointer.Split('#') is [var p, var k] ? (p, k) : (pointer, null);
        var node = path.Split('/', StringSplitOptions.RemoveEmptyEntries).Aggregate(schema, (current, segment) => current[segment]!);
        var keys = node["properties"]!.AsObject().Select(property => property.Key).ToList();
        if (kind is null)
            return keys;

        string[] kinds = ["rubric", "choices", "end"];
        var forbidden = node["allOf"]!.AsArray()
            .Where(rule => rule!["if"]!["required"]![0]!.GetValue<string>() == kind)
            .SelectMany(rule => rule!["then"]!["properties"]?.AsObject()
                .Where(p => p.Value!["$ref"]?.GetValue<string>().StartsWith("#/definitions/notFor", StringComparison.Ordinal) == true)
                .Select(p => p.Key) ?? []);
        return keys.Except(kinds.Where(k => k != kind)).Except(forbidden);
    }
}
