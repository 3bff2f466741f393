using TrainingSim.Authoring;
using TrainingSim.Core.Diagnostics;

namespace TrainingSim.Cli.Library;

/// <summary>The content folder and the scenario files a command works on, loaded, with every diagnostic:
/// the content's first, then the scenarios' (file by file, each in the order of its file), then the curriculum's (the
/// modules against the library, then the course plans; empty when only some scenario files were named).</summary>
public sealed record LoadedLibrary(ContentLoadResult Content, LibraryLoadResult Scenarios, CurriculumLoadResult Curriculum)
{
    public IReadOnlyList<Diagnostic> Diagnostics => [.. Content.Diagnostics, .. Scenarios.Diagnostics, .. Curriculum.Diagnostics];

    /// <summary>Every file read: the content's YAML files, the scenario files and the course plans.</summary>
    public IReadOnlyList<string> Files => [.. Content.Files, .. Scenarios.Files.Select(f => f.Path), .. Curriculum.Files];

    public int FileCount => Files.Count;

    public bool HasErrors => Content.HasErrors || Scenarios.HasErrors || Curriculum.HasErrors;
}
