using TrainingSim.Core.Diagnostics;

namespace TrainingSim.Authoring.Yaml;

/// <summary>A mapping that keeps every entry in file order, duplicates included, so that duplicates can be reported.</summary>
internal sealed class YamlMapping(SourceSpan span) : YamlNode(span)
{
    public List<KeyValuePair<YamlScalar, YamlNode>> Entries { get; } = [];

    public override string Describe() => "a mapping";
}
