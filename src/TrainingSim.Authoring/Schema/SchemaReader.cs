using System.Globalization;
using System.Text.RegularExpressions;
using TrainingSim.Authoring.Diagnostics;
using TrainingSim.Authoring.Yaml;
using TrainingSim.Core.Diagnostics;

namespace TrainingSim.Authoring.Schema;

/// <summary>Typed reads of YAML nodes; every mismatch is reported and read as absent.</summary>
internal sealed partial class SchemaReader(DiagnosticBag bag)
{
    public DiagnosticBag Bag { get; } = bag;

    /// <summary>The view of a mapping node, or null (reported) when the node is something else.</summary>
    public MappingView? Mapping(YamlNode? node, string name, IReadOnlyCollection<string>? knownKeys,
        Func<YamlScalar, YamlScalar, bool>? reportDuplicate = null)
    {
        if (node is null)
            return null;
        if (node is YamlMapping mapping)
            return new MappingView(mapping, knownKeys, Bag, reportDuplicate);
        Bag.Add(DiagnosticCodes.WrongType, node.Span, name, "a mapping (`key: value` lines)", node.Describe());
        return null;
    }

    public YamlSequence? Sequence(YamlNode? node, string name)
    {
        if (node is null)
            return null;
        if (node is YamlSequence sequence)
            return sequence;
        Bag.Add(DiagnosticCodes.WrongType, node.Span, name, "a list", node.Describe());
        return null;
    }

    /// <summary>Text of a scalar (numbers and booleans read as their text); an empty optional value reads as absent.</summary>
    public string? Text(YamlNode? node, string name, bool required = false)
    {
        switch (node)
        {
            case null:
                return null;
            case YamlScalar { IsNull: true } empty:
                if (required)
                    Bag.Add(DiagnosticCodes.WrongType, empty.Span, name, "text", "empty");
                return null;
            case YamlScalar scalar:
                return scalar.Value;
            default:
                Bag.Add(DiagnosticCodes.WrongType, node.Span, name, "text", node.Describe());
                return null;
        }
    }

    public int? Int(YamlNode? node, string name, int min, int max, string range)
    {
        if (node is null)
            return null;
        if (node is not YamlScalar { IsInteger: true } scalar)
        {
            var quoted = node is YamlScalar { IsPlain: false } s && IntPattern().IsMatch(s.Value) ? " (remove the quotes)" : "";
            Bag.Add(DiagnosticCodes.WrongType, node.Span, name, "a whole number" + quoted, node.Describe());
            return null;
        }

        if (!long.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            || value < min || value > max)
        {
            Bag.Add(DiagnosticCodes.OutOfRange, node.Span, name, range, scalar.Value);
            return null;
        }

        return (int)value;
    }

    public bool? Bool(YamlNode? node, string name)
    {
        if (node is null)
            return null;
        if (node is YamlScalar { IsBool: true } scalar)
            return scalar.Value is "true" or "True" or "TRUE";
        Bag.Add(DiagnosticCodes.WrongType, node.Span, name, "`true` or `false`", node.Describe());
        return null;
    }

    /// <summary>A list of text scalars, each with its node.</summary>
    public List<(string Text, YamlScalar Node)>? TextList(YamlNode? node, string name)
    {
        var sequence = Sequence(node, name);
        if (sequence is null)
            return null;
        var result = new List<(string, YamlScalar)>();
        foreach (var item in sequence.Items)
        {
            var text = Text(item, $"an entry of {name}", required: true);
            if (text is not null)
                result.Add((text, (YamlScalar)item));
        }

        return result;
    }

    /// <summary>An id that must match <paramref name="pattern"/>.</summary>
    public string? Id(YamlNode? node, string name, Regex pattern, string what, string rule, bool required = true)
    {
        var text = Text(node, name, required);
        if (text is null)
            return null;
        if (!pattern.IsMatch(text))
        {
            Bag.Add(DiagnosticCodes.InvalidId, node!.Span, text, what, rule);
            return null;
        }

        return text;
    }

    /// <summary>Reports a required key that is missing; true when present.</summary>
    public bool Require(MappingView view, string key, string owner, SourceSpan where)
    {
        if (view.Has(key))
            return true;
        Bag.Add(DiagnosticCodes.MissingKey, where, owner, key);
        return false;
    }

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex IntPattern();
}
