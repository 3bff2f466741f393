using TrainingSim.Core.Diagnostics;

namespace TrainingSim.Authoring.Diagnostics;

/// <summary>Collects the diagnostics of one file.</summary>
internal sealed class DiagnosticBag(string path)
{
    private readonly List<Diagnostic> _items = [];
    private int _errors;

    public string Path { get; } = path;

    public bool HasErrors => _errors > 0;

    public int Count => _items.Count;

    public int ErrorCount => _errors;

    public void Add(DiagnosticDescriptor descriptor, SourceSpan span, params object?[] args) =>
        Add(descriptor.Create(Path, span, args));

    public void Add(Diagnostic diagnostic)
    {
        _items.Add(diagnostic);
        if (diagnostic.Severity == Severity.Error)
            _errors++;
    }

    /// <summary>The diagnostics in the order of the file (stable for equal positions).</summary>
    public IReadOnlyList<Diagnostic> ToSortedList() => _items.Count == 0 ? [] :
        _items.Select((d, i) => (d, i))
            .OrderBy(x => x.d.Span.Line).ThenBy(x => x.d.Span.Column).ThenBy(x => x.i)
            .Select(x => x.d)
            .ToList();
}
