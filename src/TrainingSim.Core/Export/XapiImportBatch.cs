using TrainingSim.Core.Progress;

namespace TrainingSim.Core.Export;

/// <summary>What <see cref="XapiImporter"/> read: attempts rebuilt from their statements (grouped by
/// registration), the statement ids of each, and the problems found (<c>file:line: message</c>).</summary>
public sealed record XapiImportBatch(
    IReadOnlyList<AttemptRecord> Attempts,
    IReadOnlyDictionary<Guid, IReadOnlySet<Guid>> StatementIds,
    int Statements,
    int Duplicates,
    IReadOnlyList<string> Errors)
{
    public bool HasErrors => Errors.Count > 0;
}
