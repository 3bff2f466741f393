using TrainingSim.Core.Progress;

namespace TrainingSim.Interchange.Export;

/// <summary>What <see cref="XapiImporter"/> read: attempts rebuilt from their statements (grouped by
/// registration), the statement ids of each, the problems found (<c>file:line: message</c>), and the
/// conflicts: statement ids seen with different content (nothing is imported when there is any).</summary>
/// <param name="Continuations">Attempts whose <c>attempted</c> statement was not read (it came in an earlier
/// import or pull): they can only continue an attempt already stored, and their <c>StartedAt</c> is not known.</param>
public sealed record XapiImportBatch(
    IReadOnlyList<AttemptRecord> Attempts,
    IReadOnlyDictionary<Guid, IReadOnlySet<Guid>> StatementIds,
    int Statements,
    int Duplicates,
    IReadOnlyList<string> Errors,
    IReadOnlySet<Guid> Continuations)
{
    public IReadOnlyList<string> Conflicts { get; init; } = [];

    public bool HasErrors => Errors.Count > 0;
}
