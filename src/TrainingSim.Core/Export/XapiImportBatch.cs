using TrainingSim.Core.Progress;

namespace TrainingSim.Core.Export;

/// <summary>What <see cref="XapiImporter"/> read: attempts rebuilt from their statements (grouped by
/// registration), the statement ids of each, the problems found (<c>file:line: message</c>), and the
/// conflicts: statement ids seen with different content (nothing is imported when there is any).</summary>
public sealed record XapiImportBatch(
    IReadOnlyList<AttemptRecord> Attempts,
    IReadOnlyDictionary<Guid, IReadOnlySet<Guid>> StatementIds,
    int Statements,
    int Duplicates,
    IReadOnlyList<string> Errors)
{
    public IReadOnlyList<string> Conflicts { get; init; } = [];

    public bool HasErrors => Errors.Count > 0;
}
