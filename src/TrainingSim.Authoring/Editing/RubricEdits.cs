using TrainingSim.Authoring.Yaml;

namespace TrainingSim.Authoring.Editing;

/// <summary>The review loop's edits as text changes of one file: a good example added to a step, a phrase to an
/// item's <c>any:</c> list, a phrase to a concept bank. Each returns the new text or why there is none; nothing
/// here writes (<see cref="ReviewFileWriter"/> validates and writes).</summary>
internal static class RubricEdits
{
    private const int DefaultIndent = 2;

    public static (string? Text, int Line, EditProblem Problem, string? Subject) AddGoodExample(YamlNode root, string text, string stepId, string reply)
    {
        var edit = new YamlTextEdit(text);
        if (YamlPath.Get(YamlPath.Get(root, "steps"), stepId) is not YamlMapping step)
            return (null, 0, EditProblem.UnknownStep, stepId);
        if (edit.IsFlow(step) || step.Entries.Count == 0)
            return (null, 0, EditProblem.UnsupportedLayout, stepId);
        var stepKey = YamlPath.KeyOf((YamlMapping)YamlPath.Get(root, "steps")!, stepId)!;
        var unit = Math.Max(1, YamlPath.KeyColumn(step) - stepKey.Span.Column);
        var listIndent = YamlPath.ListIndent(step, unit);
        var item = YamlQuoting.Scalar(reply, inFlow: false);

        switch (YamlPath.Get(step, "examples"))
        {
            case null:
                edit.InsertLines(edit.LastLine(step), [
                    (YamlPath.KeyColumn(step), "examples:"),
                    (YamlPath.KeyColumn(step) + unit, "good:"),
                    (YamlPath.KeyColumn(step) + unit + listIndent, "- " + item)]);
                break;
            case YamlScalar { IsNull: true, Value: "" }:
                var examplesKey = YamlPath.KeyOf(step, "examples")!;
                edit.InsertLines(examplesKey.Span.Line, [
                    (examplesKey.Span.Column + unit, "good:"),
                    (examplesKey.Span.Column + unit + listIndent, "- " + item)]);
                break;
            case YamlMapping examples when !edit.IsFlow(examples) && examples.Entries.Count > 0:
                var problem = AddToGood(edit, examples, item, reply, listIndent);
                if (problem != EditProblem.None)
                    return (null, 0, problem, stepId);
                break;
            default:
                return (null, 0, EditProblem.UnsupportedLayout, stepId);
        }

        return (edit.Text, edit.InsertedLine, EditProblem.None, null);
    }

    private static EditProblem AddToGood(YamlTextEdit edit, YamlMapping examples, string item, string reply, int listIndent)
    {
        if (YamlPath.Get(examples, "bad") is YamlSequence bad && bad.Items.OfType<YamlScalar>().Any(s => s.Value == reply))
            return EditProblem.AlreadyBad;
        switch (YamlPath.Get(examples, "good"))
        {
            case null:
                edit.InsertLines(edit.LastLine(examples), [
                    (YamlPath.KeyColumn(examples), "good:"),
                    (YamlPath.KeyColumn(examples) + listIndent, "- " + item)]);
                return EditProblem.None;
            case YamlScalar { IsNull: true, Value: "" }:
                var key = YamlPath.KeyOf(examples, "good")!;
                edit.InsertLines(key.Span.Line, [(key.Span.Column + listIndent, "- " + item)]);
                return EditProblem.None;
            case YamlSequence good:
                if (good.Items.OfType<YamlScalar>().Any(s => s.Value == reply))
                    return EditProblem.AlreadyGood;
                return AddToList(edit, good, reply, listIndent, YamlPath.KeyOf(examples, "good")!);
            default:
                return EditProblem.UnsupportedLayout;
        }
    }

    public static (string? Text, int Line, EditProblem Problem, string? Subject) AddPhrase(YamlNode root, string text, string stepId, string itemId, string phrase)
    {
        var edit = new YamlTextEdit(text);
        if (YamlPath.Get(YamlPath.Get(root, "steps"), stepId) is not YamlMapping step)
            return (null, 0, EditProblem.UnknownStep, stepId);
        if (YamlPath.Get(step, "rubric") is not YamlSequence rubric)
            return (null, 0, EditProblem.NotFreeText, stepId);
        var item = rubric.Items.OfType<YamlMapping>().FirstOrDefault(i => YamlPath.Get(i, "id") is YamlScalar id && id.Value == itemId);
        if (item is null)
            return (null, 0, EditProblem.UnknownItem, itemId);
        if (YamlPath.Get(item, "any") is not YamlSequence any)
            return (null, 0, EditProblem.NoAnyList, itemId);
        if (any.Items.OfType<YamlScalar>().Any(s => s.Value == phrase))
            return (null, 0, EditProblem.AlreadyPhrase, itemId);
        var problem = AddToList(edit, any, phrase, DefaultIndent, YamlPath.KeyOf(item, "any")!);
        return problem == EditProblem.None ? (edit.Text, edit.InsertedLine, problem, null) : (null, 0, problem, itemId);
    }

    public static (string? Text, int Line, EditProblem Problem, string? Subject) AddToConcept(YamlNode root, string text, string concept, string phrase)
    {
        var edit = new YamlTextEdit(text);
        if (root is not YamlMapping banks || YamlPath.Get(banks, concept) is not YamlSequence list)
            return (null, 0, EditProblem.UnknownConcept, concept);
        if (list.Items.OfType<YamlScalar>().Any(s => s.Value == phrase))
            return (null, 0, EditProblem.AlreadyPhrase, concept);
        var problem = AddToList(edit, list, phrase, YamlPath.ListIndent(banks, DefaultIndent), YamlPath.KeyOf(banks, concept)!);
        return problem == EditProblem.None ? (edit.Text, edit.InsertedLine, problem, null) : (null, 0, problem, concept);
    }

    /// <summary>One more item in a list: before the bracket of a flow list, else a line after its last item at the
    /// column of its dashes.</summary>
    private static EditProblem AddToList(YamlTextEdit edit, YamlSequence list, string value, int listIndent, YamlScalar key)
    {
        if (edit.IsFlow(list))
        {
            var close = edit.ClosingBracket(list);
            if (close < 0)
                return EditProblem.UnsupportedLayout;
            edit.InsertIntoFlow(list, close, YamlQuoting.Scalar(value, inFlow: true));
            return EditProblem.None;
        }

        if (list.Items.Count == 0)
            return EditProblem.UnsupportedLayout;
        var first = list.Items[0];
        var dash = DashColumn(edit, first) ?? key.Span.Column + listIndent;
        edit.InsertLines(edit.LastLine(list), [(dash, "- " + YamlQuoting.Scalar(value, inFlow: false))]);
        return EditProblem.None;
    }

    private static int? DashColumn(YamlTextEdit edit, YamlNode item)
    {
        for (var c = item.Span.Column - 1; c >= 0; c--)
        {
            var ch = edit.At(item.Span.Line, c);
            if (ch == '-')
                return c;
            if (ch != ' ')
                return null;
        }

        return null;
    }
}
