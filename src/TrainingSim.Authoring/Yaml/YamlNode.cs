using TrainingSim.Core.Diagnostics;

namespace TrainingSim.Authoring.Yaml;

/// <summary>A node of the loader's own YAML tree: scalar, sequence or mapping, with its zero-based place.</summary>
internal abstract class YamlNode(SourceSpan span)
{
    public SourceSpan Span { get; set; } = span;

    /// <summary>What the node is, for messages: "text", "a number", "a list", ….</summary>
    public abstract string Describe();
}
