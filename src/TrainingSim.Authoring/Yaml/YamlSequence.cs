using TrainingSim.Core.Diagnostics;

namespace TrainingSim.Authoring.Yaml;

internal sealed class YamlSequence(SourceSpan span) : YamlNode(span)
{
    public List<YamlNode> Items { get; } = [];

    public override string Describe() => "a list";
}
