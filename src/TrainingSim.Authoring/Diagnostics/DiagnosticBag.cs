using TrainingSim.Core.Diagnostics;

namespace TrainingSim.Authoring.Diagnostics;

/// <summary>Collects the diagnostics of one file.</summary>
internal sealed class DiagnosticBag(string path)
{
    private readonly List<Diagnostic> _items = [];

    public string Path { get; } = path;

    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    public int Count => _items.Count;

    public int ErrorCount => _items.Count(d => d.Severity == Severity.Error);

    public void Add(DiagnosticDescriptor descriptor, SourceSpan span, params object?[] args) =>
        _items.Add(descriptor.Create(Path, span, args));

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    /// <summary>The diagnostics in the order of the file (stable for equal positions).</summary>
    public IReadOnlyList<Diagnostic> ToSortedList() =>
        _items.Select((d, i) => (d, i))
            .OrderBy(x => x.d.Span.Line).ThenBy(x => x.d.Span.Column).ThenBy(x => x.i)
            .Select(x => x.d)
            .ToList();
}
