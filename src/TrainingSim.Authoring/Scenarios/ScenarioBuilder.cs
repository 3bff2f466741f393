using TrainingSim.Authoring.Diagnostics;
using TrainingSim.Authoring.Schema;
using TrainingSim.Authoring.Yaml;
using TrainingSim.Core.Content;
using TrainingSim.Core.Diagnostics;
using TrainingSim.Core.Scenarios;
using TrainingSim.Core.Text;

namespace TrainingSim.Authoring.Scenarios;

/// <summary>Builds a <see cref="Scenario"/> from a file's node tree, reporting every author mistake it finds.</summary>
internal sealed partial class ScenarioBuilder
{
    private static readonly string[] TopKeys =
    [
        "format", "id", "title", "language", "module", "difficulty", "tags", "brief", "customer", "info",
        "reply_seconds", "pass_score", "success_outcomes", "house_rubric", "start", "steps", "tests", "reply_limit",
    ];

    private static readonly string[] CustomerKeys = ["name", "persona", "mood"];

    private readonly SchemaReader _read;
    private readonly DiagnosticBag _bag;
    private readonly TrainingContent _content;
    private readonly int? _asFormat;
    private ScenarioFormat _format = ScenarioFormat.One;

    /// <param name="asFormat">Read the file as this format whatever it says (validate's "as format 2" preview).</param>
    public ScenarioBuilder(DiagnosticBag bag, TrainingContent content, int? asFormat = null)
    {
        _bag = bag;
        _read = new SchemaReader(bag);
        _content = content;
        _asFormat = asFormat;
    }

    /// <summary>The scenario id and where it is written, once read (for the library's duplicate check).</summary>
    public (string Id, SourceSpan Span)? IdAt { get; private set; }

    /// <summary>The format the file declares (1 or 2) and where, once read; null when missing or unsupported.</summary>
    public (int Format, SourceSpan Span)? FormatAt { get; private set; }

    /// <summary>Step id → where its <c>model</c> answer is written.</summary>
    public Dictionary<string, SourceSpan> ModelAt { get; } = new(StringComparer.Ordinal);

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

        var format = _read.Int(top["format"], "format", int.MinValue, int.MaxValue, "1 or 2");
        if (format is not null and not (1 or 2))
            _bag.Add(DiagnosticCodes.UnsupportedFormat, top["format"]!.Span, format);
        else if (format is not null)
            FormatAt = (format.Value, top["format"]!.Span);
        // An unsupported format is reported once: its file is not also told that format-2 keys need format 2.
        _format = new ScenarioFormat(_asFormat ?? (format == 2 ? 2 : 1), "this file", ReportFormat2Keys: format is null or 1);

        var id = _read.Id(top["id"], "id", Ids.Scenario(), "scenario id", Ids.ScenarioRule);
        if (id is not null)
            IdAt = (id, top["id"]!.Span);
        var title = _read.Text(top["title"], "title", required: true);
        var language = _read.Id(top["language"], "language", Ids.Language(), "language tag", Ids.LanguageRule);
        var module = _read.Text(top["module"], "module", required: true);
        CheckModuleListed(language, module, top["module"]);
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
        var replyLimit = _format.Allows(top, "reply_limit", _bag) ? ReadReplyLimit(top) : null;
        var rules = _format.IsTwo ? TextRulesFor(language ?? "", top["format"]?.Span ?? fileStart) : null;

        var steps = ReadSteps(top["steps"], new StepContext(language ?? "", houseRubric, rules, replyLimit));
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
            Format = _format.Number,
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

    private int? ReadReplyLimit(MappingView view) => _read.Int(view["reply_limit"], "reply_limit", 5, 1000, "5..1000");

    /// <summary>The language's format-2 text rules; without a file, a warning at <c>format:</c> and plain matching.</summary>
    private TextRules TextRulesFor(string language, SourceSpan formatSpan)
    {
        if (_content.TextRules.TryGetValue(language, out var rules))
            return rules;
        if (language.Length > 0)
            _bag.Add(DiagnosticCodes.NoTextRules, formatSpan, language, $"content/format-2/text/{language}.yaml");
        return new TextRules { Language = language };
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
