using TrainingSim.Core.Scenarios;

namespace TrainingSim.Core.Text;

/// <summary>Finds every occurrence of many token patterns in one pass over a token sequence.</summary>
/// <remarks>
/// <para>The patterns form a trie over token symbols. An exact token is one symbol; a prefix token
/// (<c>apolog*</c>) is another, so one reply token may stand for several symbols at once (its exact symbol
/// and every prefix symbol it starts with): its <em>class</em>. Scanning keeps one automaton state per
/// position: the set of trie nodes whose path matches a suffix of the tokens read so far. States and
/// transitions are built on demand (a lazy subset construction) and cached, so a reply costs one
/// dictionary lookup per token however many patterns there are. Without prefix tokens the states are
/// exactly the Aho–Corasick automaton's (a node and its failure chain).</para>
/// <para>Thread-safe: a scan holds a private lock while it reads or extends the cache.</para>
/// </remarks>
internal sealed class TokenAutomaton
{
    private const int EmptyClass = 0;
    private const int RootState = 0;

    private readonly Dictionary<string, int> _exactSymbols;
    private readonly Dictionary<string, int> _prefixSymbols = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _exactLookup;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _prefixLookup;
    private readonly int[] _prefixLengths;
    private readonly int _symbolCount;

    // The trie: one table of edges keyed by (node, symbol), and the patterns that end at each node. One table, not
    // one per node: a step's matcher is often built to score a single reply (the loader's model-answer check).
    private readonly Dictionary<long, int> _edges;
    private readonly int[][] _nodePatterns;
    private readonly int[] _patternLengths;

    // The lazily built automaton: states are sorted sets of trie nodes, keyed by their members (the root state, {0},
    // by its index alone).
    private readonly object _gate = new();
    private readonly List<int[]> _stateNodes = [[RootState]];
    private readonly List<int[]> _stateOutputs = [[]];
    private readonly Dictionary<int[], int> _stateIds = new(SequenceComparer.Instance);
    private readonly Dictionary<long, int> _transitions = [];
    private readonly List<int[]> _classSymbols = [[]];
    private readonly Dictionary<int[], int> _classIds = new(SequenceComparer.Instance);

    /// <param name="patterns">Token sequences; an empty one never occurs.</param>
    public TokenAutomaton(IReadOnlyList<IReadOnlyList<PhraseToken>> patterns)
    {
        ArgumentNullException.ThrowIfNull(patterns);

        var tokenCount = 0;
        foreach (var pattern in patterns)
            tokenCount += pattern.Count;
        _edges = new Dictionary<long, int>(tokenCount);
        _exactSymbols = new Dictionary<string, int>(tokenCount, StringComparer.Ordinal);
        var symbols = 0;
        var prefixLengths = new List<int>();
        var nodePatterns = new List<List<int>?> { null };
        _patternLengths = new int[patterns.Count];

        for (var p = 0; p < patterns.Count; p++)
        {
            var pattern = patterns[p];
            _patternLengths[p] = pattern.Count;
            if (pattern.Count == 0)
                continue;
            var node = 0;
            foreach (var token in pattern)
            {
                var table = token.IsPrefix ? _prefixSymbols : _exactSymbols;
                if (!table.TryGetValue(token.Text, out var symbol))
                {
                    symbol = symbols++;
                    table.Add(token.Text, symbol);
                    if (token.IsPrefix && !prefixLengths.Contains(token.Text.Length))
                        prefixLengths.Add(token.Text.Length);
                }

                if (!_edges.TryGetValue(Edge(node, symbol), out var child))
                {
                    child = nodePatterns.Count;
                    _edges.Add(Edge(node, symbol), child);
                    nodePatterns.Add(null);
                }

                node = child;
            }

            (nodePatterns[node] ??= []).Add(p);
        }

        _nodePatterns = [.. nodePatterns.Select(list => list is null ? Array.Empty<int>() : list.ToArray())];
        _symbolCount = symbols;
        prefixLengths.Sort();
        _prefixLengths = [.. prefixLengths];
        _exactLookup = _exactSymbols.GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixLookup = _prefixSymbols.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int PatternCount => _patternLengths.Length;

    /// <summary>Adds every occurrence as (pattern, first token index, last token index), in order of the
    /// last token.</summary>
    public void Scan(IReadOnlyList<Token> tokens, List<(int Pattern, int First, int Last)> occurrences)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(occurrences);
        Span<int> buffer = stackalloc int[_prefixLengths.Length + 1];
        lock (_gate)
        {
            var state = RootState;
            for (var i = 0; i < tokens.Count; i++)
            {
                var cls = ClassOf(tokens[i].Text, buffer);
                state = cls == EmptyClass ? RootState : Step(state, cls);
                foreach (var pattern in _stateOutputs[state])
                    occurrences.Add((pattern, i - _patternLengths[pattern] + 1, i));
            }
        }
    }

    /// <summary>The class of a reply token: 0 when it is no symbol, symbol + 1 when it is exactly one,
    /// else an id for its set of symbols.</summary>
    private int ClassOf(string text, Span<int> buffer)
    {
        var count = 0;
        if (_exactLookup.TryGetValue(text, out var exact))
            buffer[count++] = exact;
        foreach (var length in _prefixLengths)
        {
            if (length > text.Length)
                break;
            if (_prefixLookup.TryGetValue(text.AsSpan(0, length), out var prefix))
                buffer[count++] = prefix;
        }

        if (count == 0)
            return EmptyClass;
        if (count == 1)
            return buffer[0] + 1;

        var symbols = buffer[..count].ToArray();
        Array.Sort(symbols);
        if (!_classIds.TryGetValue(symbols, out var id))
        {
            id = _symbolCount + 1 + _classIds.Count;
            _classIds.Add(symbols, id);
            _classSymbols.Add(symbols);
        }

        return id;
    }

    private ReadOnlySpan<int> SymbolsOf(int cls, ref int single)
    {
        if (cls <= _symbolCount)
        {
            single = cls - 1;
            return new ReadOnlySpan<int>(ref single);
        }

        return _classSymbols[cls - _symbolCount];
    }

    private int Step(int state, int cls)
    {
        var key = ((long)state << 32) | (uint)cls;
        if (_transitions.TryGetValue(key, out var next))
            return next;

        var single = 0;
        var symbols = SymbolsOf(cls, ref single);
        var nodes = new List<int>(_stateNodes[state].Length + 1) { RootState };
        foreach (var node in _stateNodes[state])
        {
            foreach (var symbol in symbols)
            {
                if (_edges.TryGetValue(Edge(node, symbol), out var child))
                    nodes.Add(child);
            }
        }

        // A trie node has one parent edge, so the children are distinct and never the root.
        nodes.Sort();
        int[] members = [.. nodes];
        if (members.Length == 1)
            next = RootState;
        else if (!_stateIds.TryGetValue(members, out next))
        {
            next = _stateNodes.Count;
            _stateNodes.Add(members);
            _stateOutputs.Add(OutputsOf(members));
            _stateIds.Add(members, next);
        }

        _transitions.Add(key, next);
        return next;
    }

    private static long Edge(int node, int symbol) => ((long)node << 32) | (uint)symbol;

    /// <summary>The patterns that end at the state's nodes, node by node.</summary>
    private int[] OutputsOf(int[] members)
    {
        var count = 0;
        foreach (var node in members)
            count += _nodePatterns[node].Length;
        if (count == 0)
            return [];
        var outputs = new int[count];
        var at = 0;
        foreach (var node in members)
        {
            _nodePatterns[node].CopyTo(outputs, at);
            at += _nodePatterns[node].Length;
        }

        return outputs;
    }

    /// <summary>Sets of nodes or symbols (sorted arrays) compared by their members.</summary>
    private sealed class SequenceComparer : IEqualityComparer<int[]>
    {
        public static readonly SequenceComparer Instance = new();

        public bool Equals(int[]? x, int[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(int[] obj)
        {
            var hash = default(HashCode);
            hash.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(obj.AsSpan()));
            return hash.ToHashCode();
        }
    }
}
