using TrainingSim.Authoring.Diagnostics;
using TrainingSim.Authoring.Schema;
using TrainingSim.Authoring.Yaml;
using TrainingSim.Core.Content;
using TrainingSim.Core.Courses;
using TrainingSim.Core.Diagnostics;
using TrainingSim.Core.Progress;
using TrainingSim.Core.Scenarios;

namespace TrainingSim.Authoring.Courses;

/// <summary>Reads the course plans of <c>content/courses/*.yaml</c> (docs/courses.md) against the content's modules and
/// the library's scenarios. A plan with errors is left out; what is wrong is reported at its place.</summary>
internal sealed class CoursePlanReader
{
    private static readonly string[] TopKeys = ["id", "title", "language", "days", "weeks"];
    private static readonly string[] DayKeys = ["day", "play"];
    private static readonly string[] WeekKeys = ["week", "play"];
    private static readonly string[] EntryKeys = ["scenario", "module", "mode", "pass"];
    private static readonly string[] PassKeys = ["stars", "score"];

    private readonly SchemaReader _read;
    private readonly DiagnosticBag _bag;
    private readonly TrainingContent _content;
    private readonly IReadOnlyList<Scenario> _scenarios;

    /// <summary>Scenario id → where this plan already examined or played it, and how (for <c>TS0213</c>).</summary>
    private readonly Dictionary<string, (PlayMode Mode, SourceSpan At)> _played = new(StringComparer.Ordinal);

    private CoursePlanReader(DiagnosticBag bag, TrainingContent content, IReadOnlyList<Scenario> scenarios)
    {
        _bag = bag;
        _read = new SchemaReader(bag);
        _content = content;
        _scenarios = scenarios;
    }

    public static List<CoursePlan> LoadFolder(string folder, TrainingContent content, IReadOnlyList<Scenario> scenarios,
        List<Diagnostic> diagnostics, out List<string> files)
    {
        files = [];
        var plans = new List<CoursePlan>();
        if (!Directory.Exists(folder))
            return plans;
        var firstById = new Dictionary<string, (string Path, SourceSpan At)>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(folder).Where(LibraryLoader.IsScenarioFile).Order(StringComparer.Ordinal))
        {
            files.Add(path);
            var bag = new DiagnosticBag(path);
            var plan = Load(path, bag, content, scenarios, out var idAt);
            if (plan is not null && firstById.TryGetValue(plan.Id, out var first))
            {
                bag.Add(DiagnosticCodes.DuplicatePlan, idAt, plan.Id, $"{first.Path}:{first.At.Line + 1}:{first.At.Column + 1}");
                plan = null;
            }
            else if (plan is not null)
            {
                firstById[plan.Id] = (path, idAt);
            }

            diagnostics.AddRange(bag.ToSortedList());
            if (plan is not null && !bag.HasErrors)
                plans.Add(plan);
        }

        return plans;
    }

    private static CoursePlan? Load(string path, DiagnosticBag bag, TrainingContent content, IReadOnlyList<Scenario> scenarios, out SourceSpan idAt)
    {
        idAt = SourceSpan.None;
        var bytes = FileBytes.Read(path, out var problem);
        if (bytes is null)
        {
            bag.Add(problem!);
            return null;
        }

        var read = SafeYamlReader.Read(bytes, path);
        foreach (var diagnostic in read.Diagnostics)
            bag.Add(diagnostic);
        if (read.Root is null)
            return null;
        return new CoursePlanReader(bag, content, scenarios).Build(read.Root, path, out idAt);
    }

    private CoursePlan? Build(YamlNode root, string path, out SourceSpan idAt)
    {
        idAt = SourceSpan.None;
        var top = _read.Mapping(root, "a course plan", TopKeys);
        if (top is null)
            return null;
        var fileStart = SourceSpan.At(root.Span.Line, root.Span.Column);
        foreach (var key in (string[])["id", "title", "language"])
            _read.Require(top, key, "the course plan", fileStart);
        var id = _read.Id(top["id"], "id", Ids.Scenario(), "course plan id", Ids.ScenarioRule);
        if (id is not null)
            idAt = top["id"]!.Span;
        var title = _read.Text(top["title"], "title", required: true);
        var language = _read.Id(top["language"], "language", Ids.Language(), "language tag", Ids.LanguageRule);

        var (listKey, periodKey, keys, length) = top.Has("weeks") ? ("weeks", "week", WeekKeys, 7) : ("days", "day", DayKeys, 1);
        if (top.Has("days") && top.Has("weeks"))
            _bag.Add(DiagnosticCodes.OutOfRange, top.KeyOf("weeks")!.Span, "weeks", "absent when the plan has `days` (a plan goes by days or by weeks)", "both");
        else if (!top.Has(listKey))
            _bag.Add(DiagnosticCodes.MissingKey, fileStart, "the course plan", "days` or `weeks");

        var entries = new List<PlanEntry>();
        var last = 0;
        foreach (var node in _read.Sequence(top[listKey], listKey)?.Items ?? [])
        {
            var view = _read.Mapping(node, $"an entry of `{listKey}`", keys);
            if (view is null)
                continue;
            var where = SourceSpan.At(node.Span.Line, node.Span.Column);
            _read.Require(view, periodKey, $"an entry of `{listKey}`", where);
            _read.Require(view, "play", $"{periodKey} {(view[periodKey] as YamlScalar)?.Value}", where);
            var number = _read.Int(view[periodKey], periodKey, 1, 366 / length, $"1..{366 / length}");
            if (number is null)
                continue;
            if (number <= last)
                _bag.Add(DiagnosticCodes.DayOutOfOrder, view[periodKey]!.Span, periodKey, number, last);
            last = Math.Max(last, number.Value);
            var fromDay = (number.Value - 1) * length + 1;
            foreach (var item in _read.Sequence(view["play"], $"{periodKey} {number}.play")?.Items ?? [])
                entries.AddRange(ReadEntry(item, $"{periodKey} {number}", language, fromDay, fromDay + length - 1));
        }

        if (_bag.HasErrors || id is null || title is null || language is null)
            return null;
        return new CoursePlan
        {
            Id = id,
            Title = title,
            Language = language,
            Entries = [.. entries.OrderBy(e => e.DueDay)],
            SourcePath = path,
        };
    }

    private IEnumerable<PlanEntry> ReadEntry(YamlNode node, string owner, string? language, int fromDay, int dueDay)
    {
        var view = _read.Mapping(node, $"an entry of {owner}", EntryKeys);
        if (view is null)
            return [];
        var where = SourceSpan.At(node.Span.Line, node.Span.Column);
        var mode = ReadMode(view["mode"]);
        var pass = ReadPass(view["pass"]);
        if (view.Has("scenario") && view.Has("module"))
        {
            _bag.Add(DiagnosticCodes.OutOfRange, view.KeyOf("module")!.Span, "module", "absent when the entry names a `scenario` (one of the two)", "both");
            return [];
        }

        if (!view.Has("scenario") && !view.Has("module"))
        {
            _bag.Add(DiagnosticCodes.MissingKey, where, $"an entry of {owner}", "scenario` or `module");
            return [];
        }

        var targets = view.Has("scenario") ? Scenario(view["scenario"], language) : Module(view["module"], language);
        if (mode is null || pass is null)
            return [];
        var module = view.Has("module") ? _read.Text(view["module"], "module") : null;
        var entries = new List<PlanEntry>();
        foreach (var (scenario, at) in targets)
        {
            if (_played.TryGetValue(scenario.Id, out var earlier) && earlier.Mode == PlayMode.Exam)
                _bag.Add(DiagnosticCodes.ExamTwice, at, scenario.Id, earlier.At.Line + 1);
            else
                _played[scenario.Id] = (mode.Value, at);
            entries.Add(new PlanEntry
            {
                ScenarioId = scenario.Id, Mode = mode.Value, Pass = pass, FromDay = fromDay, DueDay = dueDay, Module = module,
            });
        }

        return entries;
    }

    private List<(Scenario Scenario, SourceSpan At)> Scenario(YamlNode? node, string? language)
    {
        var id = _read.Id(node, "scenario", Ids.Scenario(), "scenario id", Ids.ScenarioRule);
        if (id is null)
            return [];
        var scenario = _scenarios.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.Ordinal));
        if (scenario is null)
        {
            _bag.Add(DiagnosticCodes.UnknownScenario, node!.Span, "`scenario`", id,
                Suggestions.DidYouMean(id, _scenarios.Where(s => s.Language == language).Select(s => s.Id).ToList()));
            return [];
        }

        if (language is not null && scenario.Language != language)
        {
            _bag.Add(DiagnosticCodes.OtherLanguage, node!.Span, "`scenario`", "scenario", id, scenario.Language, language);
            return [];
        }

        return [(scenario, node!.Span)];
    }

    /// <summary>The module's scenarios, easiest first (then by id).</summary>
    private List<(Scenario Scenario, SourceSpan At)> Module(YamlNode? node, string? language)
    {
        var name = _read.Text(node, "module", required: true);
        if (name is null || language is null)
            return [];
        var listed = _content.Modules.TryGetValue(language, out var modules) ? modules : [];
        if (!listed.Any(m => string.Equals(m.Id, name, StringComparison.Ordinal)))
        {
            var elsewhere = _content.Modules.FirstOrDefault(l => l.Value.Any(m => string.Equals(m.Id, name, StringComparison.Ordinal)));
            if (elsewhere.Key is not null)
                _bag.Add(DiagnosticCodes.OtherLanguage, node!.Span, "`module`", "module", name, elsewhere.Key, language);
            else
                _bag.Add(DiagnosticCodes.UnknownModule, node!.Span, "`module`", name, $"content/modules/{language}.yaml",
                    Suggestions.DidYouMean(name, listed.Select(m => m.Id).ToList()));
            return [];
        }

        return [.. _scenarios
            .Where(s => s.Language == language && string.Equals(s.Module, name, StringComparison.Ordinal))
            .OrderBy(s => s.Difficulty).ThenBy(s => s.Id, StringComparer.Ordinal)
            .Select(s => (s, node!.Span))];
    }

    private PlayMode? ReadMode(YamlNode? node)
    {
        var text = _read.Text(node, "mode");
        switch (text)
        {
            case null when node is null:
            case "practice":
                return PlayMode.Practice;
            case "exam":
                return PlayMode.Exam;
            case null:
                return null;
            default:
                _bag.Add(DiagnosticCodes.OutOfRange, node!.Span, "mode", "`practice` or `exam`", text);
                return null;
        }
    }

    private PassRequirement? ReadPass(YamlNode? node)
    {
        if (node is null)
            return PassRequirement.OneStar;
        var view = _read.Mapping(node, "pass", PassKeys);
        if (view is null)
            return null;
        if (!view.Has("stars") && !view.Has("score"))
        {
            _bag.Add(DiagnosticCodes.MissingKey, node.Span, "`pass`", "stars` or `score");
            return null;
        }

        var stars = _read.Int(view["stars"], "pass.stars", 1, 3, "1..3");
        var score = _read.Int(view["score"], "pass.score", 0, 100, "0..100");
        if ((view.Has("stars") && stars is null) || (view.Has("score") && score is null))
            return null;
        return new PassRequirement(stars, score);
    }
}
