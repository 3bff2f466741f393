using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace TrainingSim.Authoring.Tests.Schema;

/// <summary>A YAML file as the JSON an editor's schema check sees, with the line of every node (and of its key), keyed
/// by JSON pointer. Read with YamlDotNet's event parser: anchors, aliases, tags other than <c>!!str</c> and duplicate
/// keys are refused (the loader refuses them before any schema question arises). Plain scalars are typed by the YAML
/// 1.2 core schema, as the YAML language server reads them: null, true/false, integers, floats; everything else is text.</summary>
internal sealed partial class YamlJson
{
    private readonly Dictionary<string, (int KeyLine, int ValueLine)> _lines = new(StringComparer.Ordinal);

    private YamlJson(JsonNode? root) => Root = root;

    public JsonNode? Root { get; private set; }

    /// <summary>The 1-based line of the node at <paramref name="pointer"/> and of its key (the node's own line at the root
    /// and in lists).</summary>
    public (int KeyLine, int ValueLine)? LinesOf(string pointer) => _lines.TryGetValue(pointer, out var lines) ? lines : null;

    /// <summary>The pointers of the direct children of <paramref name="pointer"/>.</summary>
    public IEnumerable<string> ChildrenOf(string pointer) =>
        _lines.Keys.Where(p => p.Length > pointer.Length && p.StartsWith(pointer + "/", StringComparison.Ordinal)
            && p.IndexOf('/', pointer.Length + 1) < 0);

    public static YamlJson Read(string text)
    {
        var result = new YamlJson(null);
        var parser = new Parser(new StringReader(text));
        parser.Consume<StreamStart>();
        if (parser.Accept<StreamEnd>(out _))
            return result;
        parser.Consume<DocumentStart>();
        result.Root = result.ReadNode(parser, "", keyLine: null);
        parser.Consume<DocumentEnd>();
        if (!parser.Accept<StreamEnd>(out _))
            throw new InvalidDataException("more than one YAML document");
        return result;
    }

    private JsonNode? ReadNode(IParser parser, string pointer, int? keyLine)
    {
        var start = parser.Current!;
        if (start is AnchorAlias)
            throw new InvalidDataException("YAML alias at line " + start.Start.Line);
        if (start is NodeEvent { Anchor.IsEmpty: false })
            throw new InvalidDataException("YAML anchor at line " + start.Start.Line);
        if (start is NodeEvent { Tag.IsEmpty: false } tagged && !tagged.Tag.IsNonSpecific && tagged.Tag.Value != "tag:yaml.org,2002:str")
            throw new InvalidDataException("YAML tag at line " + start.Start.Line);
        var line = (int)start.Start.Line;
        _lines[pointer] = (keyLine ?? line, line);
        parser.MoveNext();
        switch (start)
        {
            case Scalar scalar:
                return ScalarValue(scalar);
            case SequenceStart:
                var array = new JsonArray();
                while (!parser.TryConsume<SequenceEnd>(out _))
                    array.Add(ReadNode(parser, $"{pointer}/{array.Count}", keyLine: null));
                return array;
            case MappingStart:
                var mapping = new JsonObject();
                while (!parser.TryConsume<MappingEnd>(out _))
                {
                    var key = parser.Consume<Scalar>();
                    var childPointer = $"{pointer}/{key.Value.Replace("~", "~0").Replace("/", "~1")}";
                    if (mapping.ContainsKey(key.Value))
                        throw new InvalidDataException($"duplicate key `{key.Value}` at line {key.Start.Line}");
                    mapping[key.Value] = ReadNode(parser, childPointer, (int)key.Start.Line);
                }

                return mapping;
            default:
                throw new InvalidDataException($"unexpected YAML event {start.GetType().Name}");
        }
    }

    private static JsonNode? ScalarValue(Scalar scalar)
    {
        var value = scalar.Value;
        if (scalar.Style is not (ScalarStyle.Plain or ScalarStyle.Any) || !scalar.Tag.IsEmpty)
            return JsonValue.Create(value);
        if (value is "" or "~" or "null" or "Null" or "NULL")
            return null;
        if (value is "true" or "True" or "TRUE")
            return JsonValue.Create(true);
        if (value is "false" or "False" or "FALSE")
            return JsonValue.Create(false);
        if (IntegerPattern().IsMatch(value) && long.TryParse(value, out var integer))
            return JsonValue.Create(integer);
        if (FloatPattern().IsMatch(value) && double.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var number))
            return JsonValue.Create(number);
        return JsonValue.Create(value);
    }

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatPattern();
}
