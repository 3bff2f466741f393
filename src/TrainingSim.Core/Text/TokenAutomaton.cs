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

    private readonly Dictionary<string, int> _exactSymbols = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _prefixSymbols = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _exactLookup;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _prefixLookup;
    private readonly int[] _prefixLengths;
    private readonly int _symbolCount;

    // The trie: children by symbol, and the patterns that end at each node.
    private readonly List<Dictionary<int, int>?> _children = [];
    private readonly List<int[]> _nodePatterns = [];
    private readonly int[] _patternLengths;

    // The lazily built automaton: states are sorted sets of trie nodes.
    private readonly object _gate = new();
    private readonly List<int[]> _stateNodes = [];
    private readonly List<int[]> _stateOutputs = [];
    private readonly Dictionary<string, int> _stateIds = new(StringComparer.Ordinal);
    private readonly Dictionary<long, int> _transitions = [];
    private readonly List<int[]> _classSymbols = [];
    private readonly Dictionary<string, int> _classIds = new(StringComparer.Ordinal);

    /// <param name="patterns">Token sequences; an empty one never occurs.</param>
    public TokenAutomaton(IReadOnlyList<IReadOnlyList<PhraseToken>> patterns)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        _exactLookup = _exactSymbols.GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixLookup = _prefixSymbols.GetAlternateLookup<ReadOnlySpan<char>>();

        var symbols = 0;
        var prefixLengths = new SortedSet<int>();
        var nodePatterns = new List<List<int>?> { null };
        _children.Add(null);
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
                    if (token.IsPrefix)
                        prefixLengths.Add(token.Text.Length);
                }

                var children = _children[node] ??= [];
                if (!children.TryGetValue(symbol, out var child))
                {
                    child = _children.Count;
                    children.Add(symbol, child);
                    _children.Add(null);
                    nodePatterns.Add(null);
                }

                node = child;
            }

            (nodePatterns[node] ??= []).Add(p);
        }

        foreach (var list in nodePatterns)
            _nodePatterns.Add(list is null ? [] : [.. list]);
        _symbolCount = symbols;
        _prefixLengths = [.. prefixLengths];

        // The root state and the empty class.
        _stateNodes.Add([0]);
        _stateOutputs.Add([]);
        _stateIds.Add("0", RootState);
        _classSymbols.Add([]);
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
        var key = string.Join(',', symbols);
        if (!_classIds.TryGetValue(key, out var id))
        {
            id = _symbolCount + 1 + _classIds.Count;
            _classIds.Add(key, id);
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
        var nodes = new SortedSet<int> { 0 };
        foreach (var node in _stateNodes[state])
        {
            var children = _children[node];
            if (children is null)
                continue;
            foreach (var symbol in symbols)
            {
                if (children.TryGetValue(symbol, out var child))
                    nodes.Add(child);
            }
        }

        var stateKey = string.Join(',', nodes);
        if (!_stateIds.TryGetValue(stateKey, out next))
        {
            next = _stateNodes.Count;
            int[] members = [.. nodes];
            _stateNodes.Add(members);
            _stateOutputs.Add([.. members.SelectMany(n => _nodePatterns[n])]);
            _stateIds.Add(stateKey, next);
        }

        _transitions.Add(key, next);
        return next;
    }
}
