using TrainingSim.Core.Diagnostics;

namespace TrainingSim.Authoring.Yaml;

/// <summary>The one document of a file as a node tree (null when the file could not be read as YAML), and why not.</summary>
internal sealed record YamlReadResult(YamlNode? Root, IReadOnlyList<Diagnostic> Diagnostics);
