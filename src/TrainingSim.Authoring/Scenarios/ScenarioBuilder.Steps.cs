using TrainingSim.Authoring.Diagnostics;
using TrainingSim.Authoring.Schema;
using TrainingSim.Authoring.Yaml;
using TrainingSim.Core.Diagnostics;
using TrainingSim.Core.Scenarios;
using TrainingSim.Core.Scoring;
using TrainingSim.Core.Text;

namespace TrainingSim.Authoring.Scenarios;

internal sealed partial class ScenarioBuilder
{
    private static readonly string[] StepKeys = ["say", "mood", "note", "rubric", "model", "next", "choices", "end", "examples", "reply_limit"];
    private static readonly string[] FreeTextKeys = ["say", "mood", "note", "rubric", "model", "next", "examples", "reply_limit"];
    private static readonly string[] ChoiceKeys = ["say", "mood", "note", "choices"];
    private static readonly string[] EndKeys = ["say", "mood", "note", "end"];
    private static readonly string[] ChoiceItemKeys = ["text", "points", "hint", "mood", "goto"];
    private static readonly string[] BranchKeys = ["when", "goto"];

    /// <summary>What every step of the scenario shares: its language, whether the house rubric applies, and in format 2
    /// the text rules and the scenario's reply limit.</summary>
    private sealed record StepContext(string Language, bool HouseRubric, TextRules? Rules, int? ReplyLimit);

    private StepSet? ReadSteps(YamlNode? node, StepContext context)
    {
        var view = _read.Mapping(node, "steps", knownKeys: null, reportDuplicate: (duplicate, first) =>
        {
            _bag.Add(DiagnosticCodes.DuplicateStepId, duplicate.Span, duplicate.Value, first.Span.Line + 1);
            return true;
        });
        if (view is null)
            return null;
        var set = new StepSet();
        foreach (var (key, _) in view.Entries)
        {
            if (_read.Id(key, "step id", Ids.Step(), "step id", Ids.StepRule) is not null)
            {
                set.Ids.Add(key.Value, key.Span);
                set.Order.Add(key.Value);
            }
            else
            {
                set.Incomplete = true;
            }
        }

        if (set.Order.Count == 0 && !set.Incomplete)
        {
            _bag.Add(DiagnosticCodes.OutOfRange, node!.Span, "steps", "at least one step", "none");
            return null;
        }

        foreach (var (key, value) in view.Entries)
        {
            if (!set.Ids.ContainsKey(key.Value))
                continue;
            var errors = _bag.ErrorCount;
            var step = ReadStep(key, value, set, context);
            if (step is null || _bag.ErrorCount > errors)
                set.Incomplete = true;
            if (step is not null)
                set.Built.Add(key.Value, step);
        }

        return set;
    }

    /// <summary>The keys that give a step its kind (not a key table of its own: each is one of <see cref="StepKeys"/>).</summary>
    private static readonly string[] StepKinds = ["rubric", "choices", "end"];

    /// <summary>Reads one step. A step of no kind or of two kinds is reported and not built, but the rest of it is still
    /// read, so that one mistake does not hide the others: its shared keys, the body of each kind it has, and the body
    /// under a misspelt kind key (<c>rubirc</c>, already reported as an unknown key) as that kind's.</summary>
    private Step? ReadStep(YamlScalar key, YamlNode node, StepSet set, StepContext context)
    {
        var id = key.Value;
        var view = _read.Mapping(node, $"step `{id}`", StepKeys);
        if (view is null)
            return null;
        var kinds = StepKinds.Where(view.Has).Select(kind => (Kind: kind, Key: view.KeyOf(kind)!)).ToList();
        var whole = kinds.Count == 1;
        if (kinds.Count == 0)
        {
            _bag.Add(DiagnosticCodes.StepOfNoKind, key.Span, id);
            kinds = [.. MisspeltKinds(view)];
        }
        else if (kinds.Count > 1)
        {
            _bag.Add(DiagnosticCodes.StepOfTwoKinds, kinds[1].Key.Span, id, kinds[0].Kind, kinds[1].Kind);
        }

        if (whole)
            CheckKeysOfKind(view, kinds[0].Kind, id);
        var span = key.Span;
        if (kinds.Count == 1 && kinds[0].Kind != "end")
            _read.Require(view, "say", $"step `{id}`", span);
        var say = _read.Text(view["say"], "say", required: kinds.Count == 1 && kinds[0].Kind != "end");
        var mood = _read.Int(view["mood"], "mood", -100, 100, "-100..100") ?? 0;
        var note = _read.Text(view["note"], "note");
        set.Edges[id] = [];
        var shared = new StepShared(id, say, mood, note, span);
        Step? step = null;
        foreach (var (kind, kindKey) in kinds)
        {
            var body = view.Entries.First(entry => entry.Key == kindKey).Value;
            step = kind switch
            {
                "rubric" => ReadFreeText(view, kindKey, body, shared, set, context),
                "choices" => ReadChoices(body, id, set) is { } choices
                    ? new ChoiceStep { Id = id, Say = say, Mood = mood, Note = note, Span = span, Choices = choices }
                    : null,
                _ => _read.Text(body, "end", required: true) is { } outcome
                    ? new EndStep { Id = id, Say = say, Mood = mood, Note = note, Span = span, Outcome = outcome }
                    : null,
            };
        }

        return whole ? step : null;
    }

    /// <summary>The step's unknown keys that are typos of a kind key, as that kind.</summary>
    private static IEnumerable<(string Kind, YamlScalar Key)> MisspeltKinds(MappingView view) =>
        view.Entries.Where(entry => !StepKeys.Contains(entry.Key.Value))
            .Select(entry => (Kind: Suggestions.Nearest(entry.Key.Value, StepKinds), entry.Key))
            .Where(typo => typo.Kind is not null)
            .Select(typo => (typo.Kind!, typo.Key));

    private void CheckKeysOfKind(MappingView view, string kind, string id)
    {
        var (allowed, kindName) = kind switch
        {
            "rubric" => (FreeTextKeys, "free-text"),
            "choices" => (ChoiceKeys, "choice"),
            _ => (EndKeys, "end"),
        };
        foreach (var (entryKey, _) in view.Entries)
        {
            if (StepKeys.Contains(entryKey.Value) && !allowed.Contains(entryKey.Value))
                _bag.Add(DiagnosticCodes.KeyNotForStepKind, entryKey.Span, entryKey.Value, kindName == "end" ? "an end" : "a " + kindName, id);
        }
    }

    /// <summary>What every kind of step has, read before its kind's body.</summary>
    private sealed record StepShared(string Id, string? Say, int Mood, string? Note, SourceSpan Span);

    private FreeTextStep? ReadFreeText(MappingView view, YamlScalar rubricKey, YamlNode rubricNode, StepShared shared, StepSet set,
        StepContext context)
    {
        var id = shared.Id;
        var rubricErrors = _bag.ErrorCount;
        var rubric = new RubricItemReader(_read, _content, _format).ReadList(rubricNode, $"step `{id}`", context.Language, "", fromHouse: false);
        var houseRubrics = _format.IsTwo ? _content.HouseRubric2 : _content.HouseRubric;
        if (context.HouseRubric && houseRubrics.TryGetValue(context.Language, out var house))
            rubric.AddRange(house);
        var model = _read.Text(view["model"], "model");
        var examples = view.Has("examples") ? ReadExamples(view["examples"]!) : StepExamples.None;
        var stepLimit = _format.Allows(view, "reply_limit", _bag) ? ReadReplyLimit(view) : null;
        Next? next = null;
        if (!view.Has("next"))
            _bag.Add(DiagnosticCodes.MissingNext, shared.Span, id);
        else
            next = ReadNext(view["next"]!, id, rubric, set);
        if (!rubric.Any(item => item.Points > 0) && _bag.ErrorCount == rubricErrors)
            _bag.Add(DiagnosticCodes.NoPositiveItem, rubricKey.Span, id);
        if (next is null || _bag.ErrorCount > rubricErrors)
            return null;
        var freeText = new FreeTextStep
        {
            Id = id, Say = shared.Say, Mood = shared.Mood, Note = shared.Note, Span = shared.Span, Rubric = rubric, Model = model, Next = next,
            Examples = examples,
            Rules = context.Rules,
            ReplyLimit = context.Rules is null ? null : stepLimit ?? context.ReplyLimit ?? context.Rules.ReplyLimit,
        };
        if (model is not null)
        {
            ModelAt[id] = view["model"]!.Span;
            CheckModel(freeText, view["model"]!);
            CheckExamplesEarnWhatTheModelEarns(freeText, view["model"]!);
        }

        return freeText;
    }

    /// <summary>The model answer is shown as the ideal reply, so it must earn the step's full score: scored by the
    /// engine itself (<see cref="ReplyScorer"/>), so the check can never disagree with play.</summary>
    private void CheckModel(FreeTextStep step, YamlNode modelNode)
    {
        var result = ReplyScorer.Score(step, step.Model!);
        if (result.EarnsFullScore)
            return;
        var problems = new List<string>();
        var missed = result.MissedRequired.ToList();
        if (missed.Count > 0)
            problems.Add("it misses " + string.Join(", ", missed.Select(item => $"`{item.Id}`")));
        if (result.Penalties.Count > 0)
            problems.Add("it hits the penalty " + string.Join(", ", result.Penalties.Select(match => $"`{match.Item.Id}`")));
        _bag.Add(DiagnosticCodes.ModelNotFullScore, modelNode.Span, step.Id, string.Join(" and ", problems));
    }

    private Next? ReadNext(YamlNode node, string stepId, List<RubricItem> rubric, StepSet set)
    {
        if (node is YamlScalar scalar)
        {
            var target = _read.Text(scalar, "next", required: true);
            return target is not null && Link(stepId, "next", target, scalar, set) ? Next.To(target) : null;
        }

        if (node is not YamlSequence sequence)
        {
            _bag.Add(DiagnosticCodes.WrongType, node.Span, "next", "a step id or a list of branches", node.Describe());
            return null;
        }

        if (sequence.Items.Count == 0)
        {
            _bag.Add(DiagnosticCodes.OutOfRange, node.Span, "next", "a step id or at least one branch", "an empty list");
            return null;
        }

        var itemIds = rubric.Select(item => item.Id).ToList();
        var branches = new List<Branch>();
        var ok = true;
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            var branchNode = sequence.Items[i];
            var view = _read.Mapping(branchNode, "a branch of `next`", BranchKeys);
            if (view is null)
            {
                ok = false;
                continue;
            }

            var isLast = i == sequence.Items.Count - 1;
            if (!view.Has("when") && !isLast)
                _bag.Add(DiagnosticCodes.DefaultBranchNotLast, branchNode.Span);
            if (view.Has("when") && isLast)
                _bag.Add(DiagnosticCodes.MissingDefaultBranch, view.KeyOf("when")!.Span);

            var condition = view.Has("when") ? ReadCondition(view["when"]!, stepId, itemIds) : null;
            if (view.Has("when") && condition is null)
                ok = false;
            if (!_read.Require(view, "goto", "a branch of `next`", SourceSpan.At(branchNode.Span.Line, branchNode.Span.Column)))
            {
                ok = false;
                continue;
            }

            var target = _read.Text(view["goto"], "goto", required: true);
            if (target is null || !Link(stepId, "goto", target, (YamlScalar)view["goto"]!, set))
            {
                ok = false;
                continue;
            }

            branches.Add(new Branch(condition, target));
        }

        return ok ? new Next(branches) : null;
    }

    private Condition? ReadCondition(YamlNode node, string stepId, List<string> itemIds)
    {
        var text = _read.Text(node, "when", required: true);
        if (text is null)
            return null;
        var scalar = (YamlScalar)node;
        var parsed = ConditionParser.Parse(text);
        if (parsed.Error is not null)
        {
            _bag.Add(DiagnosticCodes.ConditionSyntax, scalar.SpanOf(parsed.ErrorStart, parsed.ErrorEnd), parsed.Error);
            return null;
        }

        var ok = true;
        var known = itemIds.ToHashSet(StringComparer.Ordinal);
        foreach (var reference in parsed.Items)
        {
            if (known.Contains(reference.Id))
                continue;
            var suggestion = Suggestions.Nearest(reference.Id, itemIds);
            var hint = suggestion is not null ? $"; did you mean `{suggestion}`?"
                : itemIds.Count == 0 ? " (the step has no items)"
                : itemIds.Count <= 20 ? $" (its items: {string.Join(", ", itemIds)})"
                : "";
            _bag.Add(DiagnosticCodes.ConditionUnknownItem, scalar.SpanOf(reference.Start, reference.End), reference.Id, stepId, hint);
            ok = false;
        }

        return ok ? parsed.Condition : null;
    }

    private List<Choice>? ReadChoices(YamlNode node, string stepId, StepSet set)
    {
        var sequence = _read.Sequence(node, "choices");
        if (sequence is null)
            return null;
        if (sequence.Items.Count == 0)
        {
            _bag.Add(DiagnosticCodes.OutOfRange, node.Span, "choices", "at least one choice", "an empty list");
            return null;
        }

        var choices = new List<Choice>();
        var ok = true;
        foreach (var choiceNode in sequence.Items)
        {
            var view = _read.Mapping(choiceNode, "a choice", ChoiceItemKeys);
            if (view is null)
            {
                ok = false;
                continue;
            }

            var where = SourceSpan.At(choiceNode.Span.Line, choiceNode.Span.Column);
            var hasText = _read.Require(view, "text", "a choice", where);
            var hasGoto = _read.Require(view, "goto", "a choice", where);
            var text = _read.Text(view["text"], "text", required: true);
            var points = ReadChoicePoints(view["points"]);
            var hint = _read.Text(view["hint"], "hint");
            var mood = _read.Int(view["mood"], "mood", -100, 100, "-100..100") ?? 0;
            var target = _read.Text(view["goto"], "goto", required: true);
            if (!hasText || !hasGoto || text is null || points is null || target is null
                || !Link(stepId, "goto", target, (YamlScalar)view["goto"]!, set))
            {
                ok = false;
                continue;
            }

            choices.Add(new Choice { Text = text, Points = points, Hint = hint, Mood = mood, Goto = target });
        }

        return ok ? choices : null;
    }

    private Dictionary<string, int>? ReadChoicePoints(YamlNode? node)
    {
        var points = new Dictionary<string, int>(StringComparer.Ordinal);
        if (node is null)
            return points;
        var view = _read.Mapping(node, "points", knownKeys: null);
        if (view is null)
            return null;
        var ok = true;
        foreach (var (key, value) in view.Entries)
        {
            if (!_content.Skills.ContainsKey(key.Value))
            {
                _bag.Add(DiagnosticCodes.UnknownSkill, key.Span, key.Value, Suggestions.DidYouMean(key.Value, _content.Skills.Keys.ToList()));
                ok = false;
            }

            var number = _read.Int(value, $"points.{key.Value}", -1000, 1000, "-1000..1000");
            if (number is null)
                ok = false;
            else
                points[key.Value] = number.Value;
        }

        return ok ? points : null;
    }

    /// <summary>Records a link from <paramref name="from"/>; reports and returns false when the target is unknown.</summary>
    private bool Link(string from, string key, string target, YamlScalar node, StepSet set)
    {
        if (set.Ids.ContainsKey(target))
        {
            set.Edges[from].Add(target);
            return true;
        }

        _bag.Add(DiagnosticCodes.UnknownStep, node.Span, key, target, Suggestions.DidYouMean(target, set.Ids.Keys));
        set.Incomplete = true;
        return false;
    }
}
