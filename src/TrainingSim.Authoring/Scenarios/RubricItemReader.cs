using TrainingSim.Authoring.Diagnostics;
using TrainingSim.Authoring.Schema;
using TrainingSim.Authoring.Yaml;
using TrainingSim.Core.Content;
using TrainingSim.Core.Diagnostics;
using TrainingSim.Core.Scenarios;

namespace TrainingSim.Authoring.Scenarios;

/// <summary>Reads rubric items (a scenario step's or the house rubric's), reporting what is wrong with each.
/// <c>unless</c>, <c>max_tokens</c> and <c>negatable</c> are format 2 only.</summary>
internal sealed class RubricItemReader(SchemaReader read, TrainingContent content, ScenarioFormat format)
{
    private static readonly string[] ItemKeys = ["id", "skill", "points", "any", "all", "hint", "bonus", "unless", "max_tokens", "negatable"];

    private readonly PhraseResolver _phrases = new(read.Bag, content, concepts: format.IsTwo);

    /// <summary>Reads a rubric list. <paramref name="owner"/> names the step for messages; ids are unique within it.</summary>
    public List<RubricItem> ReadList(YamlNode? node, string owner, string language, string idPrefix, bool fromHouse,
        Dictionary<string, SourceSpan>? seenIds = null)
    {
        var items = new List<RubricItem>();
        var sequence = read.Sequence(node, "rubric");
        if (sequence is null)
            return items;
        seenIds ??= new(StringComparer.Ordinal);
        foreach (var itemNode in sequence.Items)
        {
            var item = Read(itemNode, owner, language, seenIds);
            if (item is not null)
                items.Add(item with { Id = idPrefix + item.Id, FromHouseRubric = fromHouse });
        }

        return items;
    }

    private RubricItem? Read(YamlNode node, string owner, string language, Dictionary<string, SourceSpan> seenIds)
    {
        var view = read.Mapping(node, "a rubric item", ItemKeys);
        if (view is null)
            return null;
        var where = SourceSpan.At(node.Span.Line, node.Span.Column);
        var id = read.Id(view["id"], "id", Ids.Step(), "rubric item id", Ids.StepRule);
        var what = id is null ? $"a rubric item of {owner}" : $"rubric item `{id}`";
        foreach (var key in (string[])["id", "skill", "points"])
            read.Require(view, key, what, where);

        if (id is not null)
        {
            if (seenIds.TryGetValue(id, out var first))
                read.Bag.Add(DiagnosticCodes.DuplicateItemId, view["id"]!.Span, id, owner, first.Line + 1);
            else
                seenIds.Add(id, view["id"]!.Span);
        }

        var skill = read.Text(view["skill"], "skill", required: true);
        if (skill is not null && !content.Skills.ContainsKey(skill))
        {
            read.Bag.Add(DiagnosticCodes.UnknownSkill, view["skill"]!.Span, skill, Suggestions.DidYouMean(skill, content.Skills.Keys.ToList()));
            skill = null;
        }

        var points = read.Int(view["points"], "points", -1000, 1000, "a whole number other than 0, from -1000 to 1000");
        if (points == 0)
        {
            read.Bag.Add(DiagnosticCodes.OutOfRange, view["points"]!.Span, "points", "a whole number other than 0", "0");
            points = null;
        }

        var hint = read.Text(view["hint"], "hint");
        var bonus = read.Bool(view["bonus"], "bonus") ?? false;
        var unless = ReadUnless(view, language);
        var negatable = format.Allows(view, "negatable", read.Bag) ? read.Bool(view["negatable"], "negatable") ?? true : true;
        var hasLength = format.Allows(view, "max_tokens", read.Bag);
        if (!hasLength && view.Has("max_tokens"))
            return null;
        var maxTokens = hasLength ? read.Int(view["max_tokens"], "max_tokens", 1, 1000, "1..1000") : null;
        if (hasLength)
            return ReadLengthItem(view, id, skill, points, maxTokens, hint, bonus, unless);

        MatchMode mode;
        YamlNode? phraseNode;
        if (view.Has("any") && view.Has("all"))
        {
            read.Bag.Add(DiagnosticCodes.AnyAndAll, view.KeyOf("all")!.Span, id ?? "?");
            return null;
        }
        else if (view.Has("all"))
        {
            (mode, phraseNode) = (MatchMode.All, view["all"]);
        }
        else
        {
            (mode, phraseNode) = (MatchMode.Any, view["any"]);
        }

        var phrases = new List<Phrase>();
        var before = read.Bag.Count;
        var texts = read.TextList(phraseNode, mode == MatchMode.All ? "all" : "any");
        if (phraseNode is null || (texts is not null && texts.Count == 0))
        {
            read.Bag.Add(DiagnosticCodes.NoPhrases, phraseNode?.Span ?? where, id ?? "?");
            return null;
        }

        foreach (var (text, scalar) in texts ?? [])
            _phrases.Resolve(scalar, text, language, phrases);
        if (phrases.Count == 0 && read.Bag.Count == before)
            read.Bag.Add(DiagnosticCodes.NoPhrases, phraseNode.Span, id ?? "?");

        if (id is null || skill is null || points is null || phrases.Count == 0)
            return null;
        return new RubricItem
        {
            Id = id,
            Skill = skill,
            Points = points.Value,
            Mode = mode,
            Phrases = phrases,
            Hint = hint,
            Bonus = bonus,
            Unless = unless ?? [],
            Negatable = negatable,
        };
    }

    /// <summary>A length item (<c>max_tokens</c>): no phrases, and positive points.</summary>
    private RubricItem? ReadLengthItem(MappingView view, string? id, string? skill, int? points, int? maxTokens,
        string? hint, bool bonus, List<Phrase>? unless)
    {
        foreach (var key in (string[])["any", "all"])
        {
            if (view.KeyOf(key) is { } phraseKey)
            {
                read.Bag.Add(DiagnosticCodes.LengthItemWithPhrases, phraseKey.Span, id ?? "?", key);
                return null;
            }
        }

        if (points < 0)
        {
            read.Bag.Add(DiagnosticCodes.OutOfRange, view["points"]!.Span, "points", "above 0 for a length item (`max_tokens`)", points);
            return null;
        }

        if (id is null || skill is null || points is null || maxTokens is null)
            return null;
        return new RubricItem
        {
            Id = id,
            Skill = skill,
            Points = points.Value,
            Phrases = [],
            Hint = hint,
            Bonus = bonus,
            Unless = unless ?? [],
            MaxTokens = maxTokens,
        };
    }

    /// <summary>The phrases of <c>unless</c> (format 2); null when absent or wrong.</summary>
    private List<Phrase>? ReadUnless(MappingView view, string language)
    {
        if (!format.Allows(view, "unless", read.Bag))
            return null;
        var texts = read.TextList(view["unless"], "unless");
        if (texts is null)
            return null;
        if (texts.Count == 0)
        {
            read.Bag.Add(DiagnosticCodes.OutOfRange, view["unless"]!.Span, "unless", "at least one phrase", "an empty list");
            return null;
        }

        var phrases = new List<Phrase>();
        foreach (var (text, scalar) in texts)
            _phrases.Resolve(scalar, text, language, phrases);
        return phrases;
    }
}
