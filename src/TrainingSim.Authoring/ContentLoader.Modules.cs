using TrainingSim.Authoring.Diagnostics;
using TrainingSim.Authoring.Schema;
using TrainingSim.Authoring.Yaml;
using TrainingSim.Core.Content;
using TrainingSim.Core.Courses;
using TrainingSim.Core.Diagnostics;

namespace TrainingSim.Authoring;

public static partial class ContentLoader
{
    private static readonly string[] ModulesFileKeys = ["modules"];
    private static readonly string[] ModuleKeys = ["id", "order", "description", "skills", "teaches"];

    /// <summary>One <c>modules/&lt;language&gt;.yaml</c>: the modules, by <c>order</c> (file order among equals). What the file
    /// says about scenarios is checked against the library by <see cref="CurriculumCheck"/>.</summary>
    private static IReadOnlyList<CourseModule> LoadModules(string path, TrainingContent content, ContentLog diagnostics)
    {
        var (bag, read, root) = Open(path, diagnostics);
        var modules = new List<CourseModule>();
        var top = read.Mapping(root, "a modules file", ModulesFileKeys);
        if (top is not null && read.Require(top, "modules", "the modules file", SourceSpan.None))
        {
            var firstAt = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
            foreach (var node in read.Sequence(top["modules"], "modules")?.Items ?? [])
            {
                if (ReadModule(read, node, content, path) is not { } module)
                    continue;
                if (firstAt.TryGetValue(module.Id, out var first))
                {
                    bag.Add(DiagnosticCodes.DuplicateModule, module.IdSpan, module.Id, first.Line + 1);
                    continue;
                }

                firstAt[module.Id] = module.IdSpan;
                modules.Add(module);
            }
        }

        diagnostics.AddRange(bag.ToSortedList());
        return [.. modules.OrderBy(m => m.Order)];
    }

    private static CourseModule? ReadModule(SchemaReader read, YamlNode node, TrainingContent content, string path)
    {
        var view = read.Mapping(node, "a module", ModuleKeys);
        if (view is null)
            return null;
        var where = SourceSpan.At(node.Span.Line, node.Span.Column);
        foreach (var key in (string[])["id", "order", "description"])
            read.Require(view, key, "a module", where);
        var id = read.Text(view["id"], "id", required: true);
        var order = read.Int(view["order"], $"module `{id}`.order", 1, 1000, "1..1000");
        var description = read.Text(view["description"], $"module `{id}`.description", required: true);
        var skills = new List<string>();
        foreach (var (skill, skillNode) in read.TextList(view["skills"], $"module `{id}`.skills") ?? [])
        {
            if (content.Skills.ContainsKey(skill))
                skills.Add(skill);
            else
                read.Bag.Add(DiagnosticCodes.UnknownSkill, skillNode.Span, skill, Suggestions.DidYouMean(skill, content.Skills.Keys.ToList()));
        }

        var teaches = new List<KeyValuePair<string, string>>();
        var teachesAt = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        foreach (var (key, value) in read.Mapping(view["teaches"], $"module `{id}`.teaches", knownKeys: null)?.Entries ?? [])
        {
            var scenario = read.Id(key, "a scenario id of `teaches`", Ids.Scenario(), "scenario id", Ids.ScenarioRule);
            var text = read.Text(value, $"teaches.{key.Value}", required: true);
            if (scenario is null || text is null)
                continue;
            teaches.Add(new(scenario, text));
            teachesAt[scenario] = key.Span;
        }

        if (id is null || order is null || description is null)
            return null;
        return new CourseModule
        {
            Id = id,
            Order = order.Value,
            Description = description,
            Skills = skills,
            Teaches = teaches,
            SourcePath = path,
            IdSpan = view["id"]!.Span,
            TeachesAt = teachesAt,
        };
    }
}
