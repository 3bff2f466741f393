using TrainingSim.Core.Conversations;
using TrainingSim.Core.Scenarios;
using TrainingSim.Core.Text;

namespace TrainingSim.Core.Scoring;

internal sealed partial class StepMatcher
{
    /// <summary>One occurrence of a phrase slot: token span [First, End) (-1 when a regex matched no token) and
    /// the characters of the original reply.</summary>
    private readonly record struct Occurrence(int Slot, int First, int End, Range Chars)
    {
        public bool HasTokens => First >= 0;

        /// <summary>Reached by an odd number of standing cues (rule 8), computed once per occurrence.</summary>
        public bool Negated { get; init; }

        /// <summary>Inside a keyword list's span (rule 9).</summary>
        public bool Listed { get; init; }
    }

    /// <summary>Format 2: which items count, which are discounted and why. <see cref="Format2Match.Counted"/>[i] is
    /// the match of item i when it counts (a positive item earned, a penalty hit); length items are left to the
    /// scorer. See docs/scenario-format.md, "Format 2", for the rules in order.</summary>
    public Format2Match MatchFormat2(string reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var rules = _rules ?? throw new InvalidOperationException("Not a format-2 step.");
        var tokens = WordStemmer.Stem(Tokenizer.Tokenize(reply), rules.WordForms);
        var marks = TextRulesIndex.For(rules).Mark(tokens, reply);

        // 1. Every occurrence of every phrase, except those that cut a protected word.
        var slotCount = _automaton.PatternCount + _regexes.Length;
        var bySlot = new List<Occurrence>?[slotCount];
        var scan = new List<(int Pattern, int First, int Last)>();
        _automaton.Scan(tokens, scan);
        foreach (var (pattern, first, last) in scan)
        {
            if (!marks.Drops(first, last + 1))
                (bySlot[pattern] ??= []).Add(new(pattern, first, last + 1, CharsOf(tokens, first, last + 1)));
        }

        var budget = new RegexBudget();
        if (_regexes.Length > 0)
            AddRegexOccurrences(reply, tokens, marks, bySlot, budget);

        // 2. Keyword lists (rule 9: stretches of ListRun distinct phrases, repeats, heaps, fragments): a positive
        // occurrence inside one does not count. 3. Negation (rule 8): an occurrence reached by an odd number of
        // standing cues in its clause does not count, nor one inside a longer negated occurrence.
        var listed = KeywordLists(bySlot, rules, marks, tokens);
        foreach (var list in bySlot)
        {
            for (var k = 0; list is not null && k < list.Count; k++)
            {
                var o = list[k];
                if (o.HasTokens)
                    list[k] = o with { Negated = marks.IsNegated(o.First, o.End), Listed = listed.Any(run => run.First <= o.First && o.End <= run.End) };
            }
        }

        InheritNegation(bySlot, marks);

        var counted = new ItemMatch?[_items.Count];
        var discounted = new DiscountedMatch?[_items.Count];
        for (var i = 0; i < _items.Count; i++)
        {
            var item = _items[i];
            if (item.MaxTokens is not null)
                continue;
            var slots = _itemSlots[i];
            if (!AnyOccurrence(bySlot, slots))
                continue;
            bool ItemNegated(Occurrence o) => item.Negatable && o.Negated;
            var valid = Select(bySlot, slots, o => !ItemNegated(o) && (item.IsPenalty || !o.Listed));
            if (Satisfies(item.Mode, slots, valid))
            {
                var unless = Select(bySlot, _unlessSlots[i], o => !o.Negated);
                if (unless.Count > 0)
                    discounted[i] = new DiscountedMatch(item, DiscountReason.Excused, Ranges(valid), Ranges(unless));
                else
                    counted[i] = new ItemMatch(item, Ranges(valid));
                continue;
            }

            var withLists = Select(bySlot, slots, o => !ItemNegated(o));
            if (!item.IsPenalty && Satisfies(item.Mode, slots, withLists))
            {
                var runs = listed.Where(run => withLists.Any(o => o.HasTokens && run.First <= o.First && o.End <= run.End));
                discounted[i] = new DiscountedMatch(item, DiscountReason.KeywordList, Ranges(withLists),
                    [.. runs.Select(run => CharsOf(tokens, run.First, run.End))]);
                continue;
            }

            var all = Select(bySlot, slots, _ => true);
            if (Satisfies(item.Mode, slots, all))
            {
                var negated = all.Where(o => o.Negated).ToList();
                var cues = negated.SelectMany(o => marks.CuesOf(o.First, o.End))
                    .Distinct()
                    .Select(c => CharsOf(tokens, c.First, c.End));
                discounted[i] = new DiscountedMatch(item, DiscountReason.Negated, Ranges(negated), Merge([.. cues]));
            }
        }

        return new Format2Match(counted, discounted, tokens, TimedOutItems(budget, counted));
    }

    /// <summary>Rule 8's last sentence: an occurrence inside a longer negated occurrence is negated too (in 我不说还没有预计,
    /// 没有预计 shares the fate of 还没有预计), unless a cue starts in the longer one before it (没办法 ⊃ 办法).</summary>
    private static void InheritNegation(List<Occurrence>?[] bySlot, TextMarks marks)
    {
        var negated = new List<Occurrence>();
        foreach (var list in bySlot)
            negated.AddRange(list?.Where(o => o.Negated) ?? []);
        if (negated.Count == 0)
            return;
        foreach (var list in bySlot)
        {
            for (var k = 0; list is not null && k < list.Count; k++)
            {
                var inner = list[k];
                if (inner.HasTokens && !inner.Negated && negated.Any(outer => Encloses(outer, inner, marks)))
                    list[k] = inner with { Negated = true };
            }
        }
    }

    private static bool Encloses(Occurrence outer, Occurrence inner, TextMarks marks)
    {
        if (outer.First > inner.First || inner.End > outer.End || outer.End - outer.First == inner.End - inner.First)
            return false;
        for (var t = outer.First; t < inner.First; t++)
        {
            if (marks.CueStarts.Contains(t))
                return false;
        }

        return true;
    }

    private List<(int First, int End)> KeywordLists(List<Occurrence>?[] bySlot, TextRules rules, TextMarks marks, IReadOnlyList<Token> tokens)
    {
        var candidates = new List<Occurrence>();
        for (var i = 0; i < _items.Count; i++)
        {
            if (_items[i].IsPenalty || _items[i].FromHouseRubric)
                continue;
            // Negated occurrences belong to the list too: 隐私 不能提供 无法提供 is one string of phrases.
            candidates.AddRange(Select(bySlot, _itemSlots[i], o => o.HasTokens));
        }

        // Stretches: maximal runs of tokens that some candidate covers, within one sentence.
        var covered = new bool[marks.Clause.Length];
        foreach (var o in candidates)
        {
            for (var t = o.First; t < o.End; t++)
                covered[t] = true;
        }

        candidates.Sort((x, y) => x.First != y.First ? x.First.CompareTo(y.First) : y.End.CompareTo(x.End));
        var lists = new List<(int First, int End)>();
        var first = 0;
        while (first < covered.Length)
        {
            if (!covered[first])
            {
                first++;
                continue;
            }

            var end = first + 1;
            while (end < covered.Length && covered[end] && marks.Sentence[end] == marks.Sentence[first])
                end++;

            // Its phrases: the leftmost-longest occurrences inside it, each distinct phrase once.
            var phrases = Taken(candidates, first, end).Select(o => o.Slot).ToHashSet();
            if (phrases.Count >= rules.ListRun)
                lists.Add((first, end));
            first = end;
        }

        lists.AddRange(Repeats(candidates, rules, marks, tokens));
        lists.AddRange(KeywordHeaps(bySlot, rules, marks));
        lists.AddRange(Fragments(candidates, rules, marks));
        lists.AddRange(Enumerations(covered, rules, marks));
        if (candidates.Count > 0 && rules.EchoMin > 0 && Echoes(tokens, marks, rules.EchoMin))
            lists.Add((0, tokens.Count));
        return lists;
    }

    /// <summary>The leftmost-longest of the (sorted) candidates that lie inside [first, end).</summary>
    private static IEnumerable<Occurrence> Taken(List<Occurrence> sorted, int first, int end)
    {
        var taken = first;
        foreach (var o in sorted)
        {
            if (o.First >= taken && o.End <= end)
            {
                yield return o;
                taken = o.End;
            }
        }
    }

    private static IEnumerable<(int First, int End)> Sentences(TextMarks marks) => Runs(marks.Sentence);

    /// <summary>The token spans that share one number in <paramref name="numbers"/> (sentences, fragments).</summary>
    private static IEnumerable<(int First, int End)> Runs(int[] numbers)
    {
        var start = 0;
        for (var t = 1; t <= numbers.Length; t++)
        {
            if (t == numbers.Length || numbers[t] != numbers[start])
            {
                yield return (start, t);
                start = t;
            }
        }
    }

    private static int Count(int[] counts, int from, int to)
    {
        var sum = 0;
        for (var i = from; i < to; i++)
            sum += counts[i];
        return sum;
    }

    private static bool Any(bool[] flags, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (flags[i])
                return true;
        }

        return false;
    }

    /// <summary>Rule 9's repeats: a sentence in which one phrase is said ListRepeat times in the same words
    /// (稍等稍等稍等; 请问还有什么可以帮您，请问还有什么可以帮您…). A regex's different matches are different sayings.</summary>
    private static IEnumerable<(int First, int End)> Repeats(List<Occurrence> sorted, TextRules rules, TextMarks marks, IReadOnlyList<Token> tokens)
    {
        if (sorted.Count < rules.ListRepeat)
            yield break;
        foreach (var (first, end) in Sentences(marks))
        {
            // Only a phrase taken ListRepeat times can repeat: its sayings' words are compared, no other's.
            var repeated = Taken(sorted, first, end).GroupBy(o => o.Slot).Where(g => g.Count() >= rules.ListRepeat);
            if (repeated.Any(g => g.GroupBy(o => Words(o, tokens)).Any(same => same.Count() >= rules.ListRepeat)))
                yield return (first, end);
        }
    }

    private static string Words(Occurrence o, IReadOnlyList<Token> tokens)
    {
        var words = new string[o.End - o.First];
        for (var t = o.First; t < o.End; t++)
            words[t - o.First] = tokens[t].Text;
        return string.Join('\u0001', words);
    }

    /// <summary>Rule 9's fragments: a reply cut into at least FragmentMin pieces (by clause marks, spaces between Chinese
    /// characters, ellipses or label brackets), three in four of them at most FragmentTokens tokens long, with a step's
    /// phrase in it: a list of terms or fillers (那个……抱歉……嗯……理解您……), not talk. And inside a reply, a run of
    /// FragmentRun bare pieces (short, no address word) with a phrase in it: 确认号码，查询号码，话费余额，剩余流量.</summary>
    private static IEnumerable<(int First, int End)> Fragments(List<Occurrence> sorted, TextRules rules, TextMarks marks)
    {
        if (marks.Fragment.Length == 0 || sorted.Count == 0)
            yield break;
        var pieces = Runs(marks.Fragment).ToList();
        if (pieces.Count >= rules.FragmentMin && 4 * pieces.Count(p => p.End - p.First <= TextRules.FragmentTokens) >= 3 * pieces.Count)
        {
            yield return (0, marks.Fragment.Length);
            yield break;
        }

        if (rules.FragmentRun == 0)
            yield break;
        var spoken = new bool[marks.Fragment.Length];
        foreach (var (first, _) in marks.AddressWords)
            spoken[first] = true;
        bool Bare((int First, int End) piece) => piece.End - piece.First <= TextRules.FragmentTokens && !Any(spoken, piece.First, piece.End);
        for (var i = 0; i < pieces.Count;)
        {
            var j = i;
            while (j < pieces.Count && Bare(pieces[j]))
                j++;
            if (j - i >= rules.FragmentRun)
            {
                var (first, end) = (pieces[i].First, pieces[j - 1].End);
                if (sorted.Any(o => first <= o.First && o.End <= end))
                    yield return (first, end);
            }

            i = Math.Max(j, i + 1);
        }
    }

    /// <summary>Rule 9's enumerations: a sentence that runs through EnumerationRun 、 between Chinese words, each beside a
    /// step's phrase, is a list of terms (抱歉、实事求是、查覆盖、完整地址、以系统为准), not talk. 8、9、25GB and z、h、o do not count,
    /// nor does a list of things the rubric does not name (通话明细、流量余额、套餐内容、积分情况).</summary>
    private static IEnumerable<(int First, int End)> Enumerations(bool[] covered, TextRules rules, TextMarks marks)
    {
        if (rules.EnumerationRun == 0)
            yield break;
        foreach (var (first, end) in Sentences(marks))
        {
            var commas = 0;
            for (var t = first + 1; t < end; t++)
                commas += marks.Enumerated[t] && (covered[t - 1] || covered[t]) ? 1 : 0;
            if (commas >= rules.EnumerationRun)
                yield return (first, end);
        }
    }

    /// <summary>Rule 9's echoes: a passage of whole fragments, at least <paramref name="length"/> tokens long, said again
    /// later as the same fragments (after word forms): 请问还有什么可以帮您 感谢您的耐心 … 请问还有什么可以帮您 感谢您的耐心.
    /// A noun that comes back at the start of a clause (春节流量包还剩… 春节流量包会先用) is no echo. A run of that many
    /// tokens said twice in a row inside one fragment is one too (感谢您的理解感谢您的理解).</summary>
    private static bool Echoes(IReadOnlyList<Token> tokens, TextMarks marks, int length)
    {
        if (tokens.Count < 2 * length || marks.Fragment.Length == 0)
            return false;
        for (var i = 0; i + 2 * length <= tokens.Count; i++)
        {
            for (var run = length; i + 2 * run <= tokens.Count; run++)
            {
                var same = marks.Fragment[i + run - 1] == marks.Fragment[i + run];
                for (var t = 0; same && t < run; t++)
                    same = tokens[i + t].Text == tokens[i + run + t].Text;
                if (same)
                    return true;
            }
        }

        var pieces = Runs(marks.Fragment)
            .Select(f => (Words: string.Join('\u0001', tokens.Skip(f.First).Take(f.End - f.First).Select(token => token.Text)), Tokens: f.End - f.First))
            .ToList();

        for (var i = 0; i < pieces.Count; i++)
        {
            for (var j = i + 1; j < pieces.Count; j++)
            {
                var said = 0;
                for (var k = 0; i + k < j && j + k < pieces.Count && pieces[i + k].Words == pieces[j + k].Words; k++)
                {
                    said += pieces[i + k].Tokens;
                    if (said >= length)
                        return true;
                }
            }
        }

        return false;
    }

    /// <summary>Rule 9's heaps: a sentence of at least HeapMin tokens with a phrase occurrence in it and no function word
    /// anywhere (我, 的, 吗, the, to…) is a string of terms, not talk (抱歉 查询 明细 核查 马上 稍等).</summary>
    private static IEnumerable<(int First, int End)> KeywordHeaps(List<Occurrence>?[] bySlot, TextRules rules, TextMarks marks)
    {
        if (rules.FunctionWords.Count == 0 || marks.Sentence.Length == 0)
            yield break;
        var talk = new int[marks.Sentence.Length];
        foreach (var (first, _) in marks.FunctionWords)
            talk[first]++;

        // Most sentences are talk: only the long ones with (almost) no function word are checked for phrases.
        var silent = Sentences(marks).Where(s => s.End - s.First >= rules.HeapMin
            && 100 * Count(talk, s.First, s.End) <= rules.HeapShare * (s.End - s.First)).ToList();
        if (silent.Count == 0)
            yield break;
        var inPhrase = InPhrase(bySlot, marks.Sentence.Length);
        foreach (var (first, end) in silent)
        {
            if (Any(inPhrase, first, end))
                yield return (first, end);
        }
    }

    /// <summary>Per token, whether an occurrence (with tokens) of any phrase of the step covers it.</summary>
    private static bool[] InPhrase(List<Occurrence>?[] bySlot, int length)
    {
        var inPhrase = new bool[length];
        foreach (var list in bySlot)
        {
            foreach (var o in list ?? [])
            {
                for (var t = Math.Max(o.First, 0); t < o.End; t++)
                    inPhrase[t] = true;
            }
        }

        return inPhrase;
    }

    private void AddRegexOccurrences(string reply, IReadOnlyList<Token> tokens, TextMarks marks, List<Occurrence>?[] bySlot,
        RegexBudget budget)
    {
        var text = new NormalizedText(reply);
        for (var r = 0; r < _regexes.Length; r++)
        {
            if (_regexes[r] is not { } regex || budget.Matches(r, regex, text.Text) is not { } matches)
                continue;
            var slot = _automaton.PatternCount + r;
            foreach (var (index, length) in matches)
            {
                if (text.ToOriginal(index, length) is not { } range)
                    continue;
                var (first, end) = TokenSpan(tokens, range);
                if (first >= 0 && marks.Drops(first, end))
                    continue;
                (bySlot[slot] ??= []).Add(new(slot, first, end, range));
            }
        }
    }

    /// <summary>The characters of the original reply that tokens [first, end) cover.</summary>
    private static Range CharsOf(IReadOnlyList<Token> tokens, int first, int end) =>
        new(tokens[first].Start, tokens[end - 1].Start + tokens[end - 1].Length);

    /// <summary>The tokens a character range touches, or (-1, -1) when it touches none.</summary>
    private static (int First, int End) TokenSpan(IReadOnlyList<Token> tokens, Range range)
    {
        int first = -1, end = -1;
        for (var t = 0; t < tokens.Count; t++)
        {
            if (tokens[t].Start < range.End.Value && tokens[t].Start + tokens[t].Length > range.Start.Value)
            {
                if (first < 0)
                    first = t;
                end = t + 1;
            }
        }

        return (first, end);
    }

    private static bool AnyOccurrence(List<Occurrence>?[] bySlot, int[] slots)
    {
        foreach (var slot in slots)
        {
            if (slot >= 0 && bySlot[slot] is { Count: > 0 })
                return true;
        }

        return false;
    }

    private static List<Occurrence> Select(List<Occurrence>?[] bySlot, int[] slots, Func<Occurrence, bool> keep)
    {
        var selected = new List<Occurrence>();
        foreach (var slot in slots)
        {
            if (slot >= 0 && bySlot[slot] is { } list)
                selected.AddRange(list.Where(keep));
        }

        return selected;
    }

    private static bool Satisfies(MatchMode mode, int[] slots, List<Occurrence> occurrences)
    {
        if (mode == MatchMode.All)
            return slots.Length > 0 && slots.All(slot => slot >= 0 && occurrences.Any(o => o.Slot == slot));
        return occurrences.Count > 0;
    }

    private static List<Range> Ranges(List<Occurrence> occurrences) =>
        Merge([.. occurrences.Select(o => o.Chars)]);

    private static List<Range> Merge(List<Range> ranges) =>
        MergeEvidence([.. ranges.Select(r => (0, r))], [0]);
}

/// <summary>What format 2's matching found in one reply (see <see cref="StepMatcher.MatchFormat2"/>).</summary>
/// <param name="TimedOut">Items a regex time-out cost: one of their regexes ran out of time and they do not count.</param>
internal sealed record Format2Match(ItemMatch?[] Counted, DiscountedMatch?[] Discounted, IReadOnlyList<Token> Tokens,
    IReadOnlyList<RubricItem> TimedOut);
