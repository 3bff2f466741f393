using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using TrainingSim.Core.Conversations;
using TrainingSim.Core.Scenarios;
using TrainingSim.Core.Text;

namespace TrainingSim.Core.Scoring;

/// <summary>A free-text step's rubric compiled for matching: every token phrase of every item in one
/// <see cref="TokenAutomaton"/> (the reply is scanned once), every regex phrase compiled once by
/// <see cref="RubricRegex"/> and shared by every step that uses the same pattern. Cached per step from the
/// step's second reply on: a step scored once (the loader's model-answer check) keeps nothing, so loading a
/// library does not build and hold a matcher for every step.</summary>
internal sealed partial class StepMatcher
{
    private static readonly ConditionalWeakTable<FreeTextStep, StepMatcher> Cache = new();
    private static readonly ConditionalWeakTable<FreeTextStep, object> ScoredOnce = new();

    private readonly IReadOnlyList<RubricItem> _items;
    // Per item, the distinct phrase slots it needs: token patterns first, then regexes; -1 never occurs.
    private readonly int[][] _itemSlots;
    // Per item, the slots of its format-2 `unless` phrases.
    private readonly int[][] _unlessSlots;
    private readonly TextRules? _rules;
    private readonly TokenAutomaton _automaton;
    private readonly Regex?[] _regexes;

    /// <summary>The step's maximum: the sum of its positive non-bonus items.</summary>
    public int Maximum { get; }

    /// <summary>The skills the items name, in order of first use.</summary>
    public IReadOnlyList<string> Skills { get; }

    /// <summary>Per skill (same order as <see cref="Skills"/>), its maximum in this step.</summary>
    public IReadOnlyList<int> SkillMaximums { get; }

    /// <summary>Per item, the index of its skill in <see cref="Skills"/>.</summary>
    public IReadOnlyList<int> ItemSkills { get; }

    /// <param name="rules">Format 2's text rules (phrase words are stemmed by its word forms); null for format 1.</param>
    public StepMatcher(IReadOnlyList<RubricItem> items, TextRules? rules = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        _items = items;
        _rules = rules;
        var patterns = new List<IReadOnlyList<PhraseToken>>();
        var patternSlots = new Dictionary<string, int>(StringComparer.Ordinal);
        var regexSources = new List<string>();
        var regexSlots = new Dictionary<string, int>(StringComparer.Ordinal);
        var itemPhraseRefs = new List<(bool IsRegex, int Index)>[items.Count];
        var unlessPhraseRefs = new List<(bool IsRegex, int Index)>[items.Count];

        for (var i = 0; i < 2 * items.Count; i++)
        {
            var unless = i >= items.Count;
            var item = items[unless ? i - items.Count : i];
            List<(bool IsRegex, int Index)> refs = [];
            if (unless)
                unlessPhraseRefs[i - items.Count] = refs;
            else
                itemPhraseRefs[i] = refs;
            foreach (var phrase in unless ? item.Unless : item.Phrases)
            {
                switch (phrase)
                {
                    case TokenPhrase { Tokens.Count: 0 }:
                        refs.Add((false, -1));
                        break;
                    case TokenPhrase token:
                        var tokens = WordStemmer.Stem(token.Tokens, rules?.WordForms);
                        var key = string.Join('\u0001', tokens.Select(t => (t.IsPrefix ? "*" : "=") + t.Text));
                        if (!patternSlots.TryGetValue(key, out var pattern))
                        {
                            pattern = patterns.Count;
                            patterns.Add(tokens);
                            patternSlots.Add(key, pattern);
                        }

                        refs.Add((false, pattern));
                        break;
                    case RegexPhrase regex:
                        if (!regexSlots.TryGetValue(regex.Pattern, out var index))
                        {
                            index = regexSources.Count;
                            regexSources.Add(regex.Pattern);
                            regexSlots.Add(regex.Pattern, index);
                        }

                        refs.Add((true, index));
                        break;
                    default:
                        refs.Add((false, -1));
                        break;
                }
            }
        }

        var skills = new List<string>();
        var skillMaximums = new List<int>();
        var itemSkills = new int[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            var skill = skills.IndexOf(items[i].Skill);
            if (skill < 0)
            {
                skill = skills.Count;
                skills.Add(items[i].Skill);
                skillMaximums.Add(0);
            }

            itemSkills[i] = skill;
            if (items[i].Points > 0 && !items[i].Bonus)
            {
                skillMaximums[skill] += items[i].Points;
                Maximum += items[i].Points;
            }
        }

        Skills = skills;
        SkillMaximums = skillMaximums;
        ItemSkills = itemSkills;
        _automaton = new TokenAutomaton(patterns);
        _regexes = [.. regexSources.Select(source => TryCompile(source))];
        int[] Slots(List<(bool IsRegex, int Index)> refs) => [.. refs
            .Select(r => r.Index < 0 ? -1 : r.IsRegex ? patterns.Count + r.Index : r.Index)
            .Distinct()];
        _itemSlots = [.. itemPhraseRefs.Select(Slots)];
        _unlessSlots = [.. unlessPhraseRefs.Select(Slots)];
    }

    public static StepMatcher For(FreeTextStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        if (Cache.TryGetValue(step, out var cached))
            return cached;
        return ScoredOnce.TryAdd(step, ScoredOnce)
            ? new StepMatcher(step.Rubric, step.Rules)
            : Cache.GetValue(step, s => new StepMatcher(s.Rubric, s.Rules));
    }

    /// <summary>For each rubric item (same order), its match with evidence, or null when it did not match.
    /// <c>any</c>: at least one phrase occurs; <c>all</c>: every phrase occurs (an item without phrases
    /// never matches).</summary>
    public Format1Match Match(string reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var tokens = Tokenizer.Tokenize(reply);
        var slotCount = _automaton.PatternCount + _regexes.Length;
        var occurs = ArrayPool<bool>.Shared.Rent(slotCount);
        Array.Clear(occurs, 0, slotCount);
        try
        {
            return Match(tokens, reply, occurs);
        }
        finally
        {
            ArrayPool<bool>.Shared.Return(occurs);
        }
    }

    private Format1Match Match(IReadOnlyList<Token> tokens, string reply, bool[] occurs)
    {
        var evidence = new List<(int Slot, Range Range)>();

        var scan = new List<(int Pattern, int First, int Last)>();
        _automaton.Scan(tokens, scan);
        foreach (var (pattern, first, last) in scan)
        {
            occurs[pattern] = true;
            evidence.Add((pattern, CharsOf(tokens, first, last + 1)));
        }

        var budget = new RegexBudget();
        if (_regexes.Length > 0)
            MatchRegexes(new NormalizedText(reply), occurs, evidence, budget);

        var results = new ItemMatch?[_items.Count];
        for (var i = 0; i < _items.Count; i++)
        {
            if (IsMatched(_items[i].Mode, _itemSlots[i], occurs))
                results[i] = new ItemMatch(_items[i], MergeEvidence(evidence, _itemSlots[i]));
        }

        return new Format1Match(results, TimedOutItems(budget, results));
    }

    private static bool IsMatched(MatchMode mode, int[] slots, bool[] occurs)
    {
        if (mode == MatchMode.All)
        {
            foreach (var slot in slots)
            {
                if (slot < 0 || !occurs[slot])
                    return false;
            }

            return slots.Length > 0;
        }

        foreach (var slot in slots)
        {
            if (slot >= 0 && occurs[slot])
                return true;
        }

        return false;
    }

    private void MatchRegexes(NormalizedText text, bool[] occurs, List<(int Slot, Range Range)> evidence, RegexBudget budget)
    {
        for (var r = 0; r < _regexes.Length; r++)
        {
            if (_regexes[r] is not { } regex || budget.Matches(r, regex, text.Text) is not { } matches)
                continue;
            var slot = _automaton.PatternCount + r;
            occurs[slot] = matches.Count > 0;
            foreach (var (index, length) in matches)
            {
                if (text.ToOriginal(index, length) is { } range)
                    evidence.Add((slot, range));
            }
        }
    }

    /// <summary>The items whose regex ran out of time and that did not match (or, in format 2, count) otherwise.</summary>
    private RubricItem[] TimedOutItems(RegexBudget budget, IReadOnlyList<object?> results)
    {
        if (budget.TimedOut.Count == 0)
            return [];
        var slots = budget.TimedOut.Select(r => _automaton.PatternCount + r).ToHashSet();
        return [.. Enumerable.Range(0, _items.Count)
            .Where(i => results[i] is null && _itemSlots[i].Any(slots.Contains))
            .Select(i => _items[i])];
    }

    private static List<Range> MergeEvidence(List<(int Slot, Range Range)> evidence, int[] slots)
    {
        var ranges = new List<(int Start, int End)>();
        foreach (var (slot, range) in evidence)
        {
            if (Array.IndexOf(slots, slot) >= 0)
                ranges.Add((range.Start.Value, range.End.Value));
        }

        ranges.Sort();
        var merged = new List<Range>();
        int? start = null;
        var end = 0;
        foreach (var (s, e) in ranges)
        {
            if (start is not null && s <= end)
            {
                end = Math.Max(end, e);
                continue;
            }

            if (start is { } open)
                merged.Add(new Range(open, end));
            start = s;
            end = e;
        }

        if (start is { } last)
            merged.Add(new Range(last, end));
        return merged;
    }

    // The loader reports invalid patterns; one that slips through never occurs.
    private static Regex? TryCompile(string pattern) => RubricRegex.Shared(pattern).Regex;
}

/// <summary>Format 1: per rubric item (same order), its match or null; and the items a regex time-out cost.</summary>
internal sealed record Format1Match(ItemMatch?[] Items, IReadOnlyList<RubricItem> TimedOut);
