using TrainingSim.Authoring.Diagnostics;
using TrainingSim.Authoring.Yaml;

namespace TrainingSim.Authoring.Schema;

/// <summary>A mapping read against the keys valid at its place: reports duplicate keys and unknown keys (with a
/// suggestion) once, then answers lookups by the first occurrence of each key.</summary>
internal sealed class MappingView
{
    private readonly Dictionary<string, KeyValuePair<YamlScalar, YamlNode>> _first = new(StringComparer.Ordinal);

    public MappingView(YamlMapping node, IReadOnlyCollection<string>? knownKeys, DiagnosticBag bag,
        Func<YamlScalar, YamlScalar, bool>? reportDuplicate = null)
    {
        Node = node;
        foreach (var entry in node.Entries)
        {
            var key = entry.Key.Value;
            if (_first.TryGetValue(key, out var first))
            {
                if (reportDuplicate is null || !reportDuplicate(entry.Key, first.Key))
                    bag.Add(DiagnosticCodes.DuplicateKey, entry.Key.Span, key, first.Key.Span.Line + 1);
                continue;
            }

            _first.Add(key, entry);
            if (knownKeys is not null && !knownKeys.Contains(key))
                bag.Add(DiagnosticCodes.UnknownKey, entry.Key.Span, key, Suggestions.DidYouMean(key, knownKeys));
        }
    }

    public YamlMapping Node { get; }

    /// <summary>The first occurrence of every key, in file order.</summary>
    public IEnumerable<KeyValuePair<YamlScalar, YamlNode>> Entries => _first.Values;

    public bool Has(string key) => _first.ContainsKey(key);

    public YamlNode? this[string key] => _first.TryGetValue(key, out var entry) ? entry.Value : null;

    public YamlScalar? KeyOf(string key) => _first.TryGetValue(key, out var entry) ? entry.Key : null;
}
