using System.Text.RegularExpressions;
using TrainingSim.Core.Diagnostics;

namespace TrainingSim.Authoring.Yaml;

/// <summary>A scalar. <see cref="IsPlain"/> scalars are typed by the YAML 1.2 core schema (int, bool, null);
/// quoted and block scalars are always text.</summary>
internal sealed partial class YamlScalar(SourceSpan span, string value, bool isPlain, int contentOffset) : YamlNode(span)
{
    public string Value { get; } = value;

    public bool IsPlain { get; } = isPlain;

    /// <summary>Columns between the node's start and its first content character (1 for a quoted scalar),
    /// or -1 when positions inside the value cannot be mapped to columns (block or multi-line scalars).</summary>
    public int ContentOffset { get; } = contentOffset;

    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public bool IsInteger => IsPlain && IntegerPattern().IsMatch(Value);

    public bool IsBool => IsPlain && Value is "true" or "True" or "TRUE" or "false" or "False" or "FALSE";

    /// <summary>The place of the characters <paramref name="start"/>..<paramref name="end"/> of the value, as
    /// precisely as the scalar's style allows.</summary>
    public SourceSpan SpanOf(int start, int end)
    {
        if (ContentOffset < 0)
            return Span;
        var column = Span.Column + ContentOffset;
        return new SourceSpan(Span.Line, column + start, Span.Line, column + end);
    }

    public override string Describe() =>
        IsNull ? "empty" : IsInteger ? $"the number {Value}" : IsBool ? $"`{Value}`" : $"the text `{Shorten(Value)}`";

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex IntegerPattern();
}
