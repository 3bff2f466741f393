using TrainingSim.Authoring;
using TrainingSim.Core.Diagnostics;

namespace TrainingSim.Cli.Library;

/// <summary>The content folder and the scenario files a command works on, loaded, with every diagnostic:
/// the content's first, then the scenarios' (file by file, each in the order of its file).</summary>
public sealed record LoadedLibrary(ContentLoadResult Content, LibraryLoadResult Scenarios)
{
    public IReadOnlyList<Diagnostic> Diagnostics => [.. Content.Diagnostics, .. Scenarios.Diagnostics];

    /// <summary>Every file read: the content's YAML files and the scenario files.</summary>
    public IReadOnlyList<string> Files => [.. Content.Files, .. Scenarios.Files.Select(f => f.Path)];

    public int FileCount => Files.Count;

    public bool HasErrors => Content.HasErrors || Scenarios.HasErrors;
}
