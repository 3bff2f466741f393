using TrainingSim.Authoring.Diagnostics;
using TrainingSim.Authoring.Yaml;

namespace TrainingSim.Authoring.Schema;

/// <summary>A mapping read against the keys valid at its place: reports duplicate keys and unknown keys (with a
/// suggestion) once, then answers lookups by the first occurrence of each key.</summary>
internal sealed class MappingView
{
    // Mappings are small (a handful of keys): a list searched in order is cheaper than a dictionary per mapping.
    private readonly List<KeyValuePair<YamlScalar, YamlNode>> _first;
    private readonly Dictionary<string, int>? _index;

    public MappingView(YamlMapping node, IReadOnlyCollection<string>? knownKeys, DiagnosticBag bag,
        Func<YamlScalar, YamlScalar, bool>? reportDuplicate = null)
    {
        Node = node;
        _first = new List<KeyValuePair<YamlScalar, YamlNode>>(node.Entries.Count);
        if (node.Entries.Count > 16)
            _index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in node.Entries)
        {
            var key = entry.Key.Value;
            var firstAt = IndexOf(key);
            if (firstAt >= 0)
            {
                var first = _first[firstAt];
                if (reportDuplicate is null || !reportDuplicate(entry.Key, first.Key))
                    bag.Add(DiagnosticCodes.DuplicateKey, entry.Key.Span, key, first.Key.Span.Line + 1);
                continue;
            }

            _index?.Add(key, _first.Count);
            _first.Add(entry);
            if (knownKeys is not null && !knownKeys.Contains(key))
                bag.Add(DiagnosticCodes.UnknownKey, entry.Key.Span, key, Suggestions.DidYouMean(key, knownKeys));
        }
    }

    public YamlMapping Node { get; }

    /// <summary>The first occurrence of every key, in file order.</summary>
    public IEnumerable<KeyValuePair<YamlScalar, YamlNode>> Entries => _first;

    public bool Has(string key) => IndexOf(key) >= 0;

    public YamlNode? this[string key] => IndexOf(key) is var i and >= 0 ? _first[i].Value : null;

    public YamlScalar? KeyOf(string key) => IndexOf(key) is var i and >= 0 ? _first[i].Key : null;

    private int IndexOf(string key)
    {
        if (_index is not null)
            return _index.TryGetValue(key, out var at) ? at : -1;
        for (var i = 0; i < _first.Count; i++)
        {
            if (string.Equals(_first[i].Key.Value, key, StringComparison.Ordinal))
                return i;
        }

        return -1;
    }
}
