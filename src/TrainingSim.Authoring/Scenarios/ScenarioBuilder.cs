using TrainingSim.Authoring.Diagnostics;
using TrainingSim.Authoring.Schema;
using TrainingSim.Authoring.Yaml;
using TrainingSim.Core.Content;
using TrainingSim.Core.Diagnostics;
using TrainingSim.Core.Scenarios;

namespace TrainingSim.Authoring.Scenarios;

/// <summary>Builds a <see cref="Scenario"/> from a file's node tree, reporting every author mistake it finds.</summary>
internal sealed partial class ScenarioBuilder
{
    private static readonly string[] TopKeys =
    [
        "format", "id", "title", "language", "module", "difficulty", "tags", "brief", "customer", "info",
        "reply_seconds", "pass_score", "success_outcomes", "house_rubric", "start", "steps", "tests",
    ];

    private static readonly string[] CustomerKeys = ["name", "persona", "mood"];

    private readonly SchemaReader _read;
    private readonly DiagnosticBag _bag;
    private readonly TrainingContent _content;
    private readonly PhraseResolver _phrases;

    public ScenarioBuilder(DiagnosticBag bag, TrainingContent content)
    {
        _bag = bag;
        _read = new SchemaReader(bag);
        _content = content;
        _phrases = new PhraseResolver(bag, content);
    }

    /// <summary>The scenario id and where it is written, once read (for the library's duplicate check).</summary>
    public (string Id, SourceSpan Span)? IdAt { get; private set; }

    /// <summary>The scenario, or null when the file has errors.</summary>
    public Scenario? Build(YamlNode root, string sourcePath, string versionHash)
    {
        if (root is not YamlMapping)
        {
            _bag.Add(DiagnosticCodes.WrongType, root.Span, "the scenario file", "a mapping of keys (format, id, title, …)", root.Describe());
            return null;
        }

        var top = _read.Mapping(root, "the scenario file", TopKeys)!;
        var fileStart = SourceSpan.At(root.Span.Line, root.Span.Column);
        foreach (var key in (string[])["format", "id", "title", "language", "module", "steps"])
            _read.Require(top, key, "the scenario", fileStart);

        var format = _read.Int(top["format"], "format", int.MinValue, int.MaxValue, "1");
        if (format is not null and not 1)
            _bag.Add(DiagnosticCodes.UnsupportedFormat, top["format"]!.Span, format);

        var id = _read.Id(top["id"], "id", Ids.Scenario(), "scenario id", Ids.ScenarioRule);
        if (id is not null)
            IdAt = (id, top["id"]!.Span);
        var title = _read.Text(top["title"], "title", required: true);
        var language = _read.Id(top["language"], "language", Ids.Language(), "language tag", Ids.LanguageRule);
        var module = _read.Text(top["module"], "module", required: true);
        var difficulty = _read.Int(top["difficulty"], "difficulty", 1, 5, "1..5");
        var tags = _read.TextList(top["tags"], "tags");
        var brief = _read.Text(top["brief"], "brief");
        var customer = ReadCustomer(top["customer"]);
        var info = ReadInfo(top["info"]);
        var replySeconds = _read.Int(top["reply_seconds"], "reply_seconds", 1, int.MaxValue, "a whole number above 0");
        var passScore = _read.Int(top["pass_score"], "pass_score", 0, 100, "0..100");
        var successOutcomes = _read.TextList(top["success_outcomes"], "success_outcomes");
        var houseRubric = _read.Bool(top["house_rubric"], "house_rubric") ?? true;
        var start = _read.Text(top["start"], "start", required: true);

        var steps = ReadSteps(top["steps"], language ?? "", houseRubric);
        var startId = start ?? steps?.Order.FirstOrDefault();
        if (steps is not null && start is not null && !steps.Ids.ContainsKey(start))
            _bag.Add(DiagnosticCodes.UnknownStep, top["start"]!.Span, "start", start, Suggestions.DidYouMean(start, steps.Ids.Keys));
        if (steps is not null && startId is not null && steps.Ids.ContainsKey(startId))
            CheckGraph(steps, startId);
        var tests = ReadTests(top["tests"], steps, startId);

        if (_bag.HasErrors || id is null || title is null || language is null || module is null || steps is null || startId is null)
            return null;

        return new Scenario
        {
            Id = id,
            Title = title,
            Language = language,
            Module = module,
            Difficulty = difficulty ?? 1,
            Tags = tags?.Select(t => t.Text).ToList() ?? [],
            Brief = brief,
            Customer = customer,
            Info = info,
            ReplySeconds = replySeconds,
            PassScore = passScore ?? 60,
            SuccessOutcomes = successOutcomes?.Select(t => t.Text).ToList() ?? ["resolved"],
            HouseRubric = houseRubric,
            Start = startId,
            Steps = steps.Built,
            Tests = tests,
            SourcePath = sourcePath,
            VersionHash = versionHash,
        };
    }

    private Customer ReadCustomer(YamlNode? node)
    {
        var view = _read.Mapping(node, "customer", CustomerKeys);
        if (view is null)
            return new Customer();
        return new Customer(
            _read.Text(view["name"], "customer.name"),
            _read.Text(view["persona"], "customer.persona"),
            _read.Int(view["mood"], "customer.mood", 0, 100, "0..100") ?? 50);
    }

    private List<KeyValuePair<string, string>> ReadInfo(YamlNode? node)
    {
        var view = _read.Mapping(node, "info", knownKeys: null);
        var info = new List<KeyValuePair<string, string>>();
        if (view is null)
            return info;
        foreach (var (key, value) in view.Entries)
        {
            var text = _read.Text(value, $"info.{key.Value}", required: true);
            if (text is not null)
                info.Add(new(key.Value, text));
        }

        return info;
    }
}
