using System.Runtime.CompilerServices;
using TrainingSim.Core.Scenarios;

namespace TrainingSim.Core.Text;

/// <summary>A language's text rules compiled once: every cue, word, not-negation expression and clause break in one
/// <see cref="TokenAutomaton"/>, so one scan of the reply finds them all.</summary>
internal sealed class TextRulesIndex
{
    /// <summary>Characters that end a clause (both widths): a negation cue never reaches past one.</summary>
    public const string ClauseMarks = ",，。．.!！?？;；:：—–\n\r";

    /// <summary>The ellipsis: it ends a fragment (rule 9), not a clause.</summary>
    private const string Ellipsis = "…";

    /// <summary>The ellipsis and label brackets (【致歉】非常抱歉【登记工单】): they end a fragment (rule 9), not a clause.</summary>
    private const string FragmentMarks = "…【】";

    /// <summary>The enumeration comma: beside a Chinese character it ends a fragment; between two it counts toward an
    /// enumeration (rule 9).</summary>
    private const string EnumerationComma = "、";

    /// <summary>Characters that end a sentence: a keyword list never runs across one.</summary>
    public const string SentenceMarks = "。．.!！?？\n\r";

    private static readonly ConditionalWeakTable<TextRules, TextRulesIndex> Cache = new();

    private enum Kind { Word, NotNegation, Break, Stop, Before, After, Function, Resumptive, BackPronoun, Subject, Address }

    private readonly TokenAutomaton _automaton;
    private readonly (Kind Kind, int Reach)[] _patterns;

    private TextRulesIndex(TextRules rules)
    {
        var patterns = new List<IReadOnlyList<PhraseToken>>();
        var kinds = new List<(Kind, int)>();
        void Add(IEnumerable<TokenPhrase> phrases, Kind kind, int reach = 0)
        {
            foreach (var phrase in phrases)
            {
                patterns.Add(WordStemmer.Stem(phrase.Tokens, rules.WordForms));
                kinds.Add((kind, reach));
            }
        }

        Add(rules.Words, Kind.Word);
        Add(rules.NotNegation, Kind.NotNegation);
        Add(rules.ClauseBreaks, Kind.Break);
        Add(rules.Stops, Kind.Stop);
        Add(rules.FunctionWords, Kind.Function);
        Add(rules.Resumptives, Kind.Resumptive);
        Add(rules.BackPronouns, Kind.BackPronoun);
        Add(rules.Subjects, Kind.Subject);
        Add(rules.AddressWords, Kind.Address);
        foreach (var cue in rules.Before)
            Add([cue.Phrase], Kind.Before, cue.Reach);
        foreach (var cue in rules.After)
            Add([cue.Phrase], Kind.After, cue.Reach);
        _automaton = new TokenAutomaton(patterns);
        _patterns = [.. kinds];
    }

    public static TextRulesIndex For(TextRules rules) => Cache.GetValue(rules, r => new TextRulesIndex(r));

    /// <param name="tokens">The reply's tokens, stemmed as the rules say.</param>
    /// <param name="reply">The original reply, where clause marks are looked for between tokens.</param>
    public TextMarks Mark(IReadOnlyList<Token> tokens, string reply)
    {
        var found = new List<(int Pattern, int First, int Last)>();
        _automaton.Scan(tokens, found);

        // Anchors: occurrences of words, not-negation expressions and clause breaks that span no clause mark; where
        // they overlap, the longer stands (at equal length, the earlier).
        var candidates = new List<(int First, int End, Kind Kind)>();
        foreach (var (pattern, first, last) in found)
        {
            if (_patterns[pattern].Kind is Kind.Word or Kind.NotNegation or Kind.Break or Kind.Stop && !SpansMark(reply, tokens, first, last))
                candidates.Add((first, last + 1, _patterns[pattern].Kind));
        }

        candidates.Sort((x, y) => x.End - x.First != y.End - y.First ? (y.End - y.First).CompareTo(x.End - x.First) : x.First.CompareTo(y.First));
        var anchors = new List<(int First, int End)>();
        var breaks = new List<(int First, int End)>();
        var stopsBefore = new int[tokens.Count + 1];
        foreach (var (first, end, kind) in candidates)
        {
            if (anchors.Any(a => first < a.End && a.First < end))
                continue;
            anchors.Add((first, end));
            if (kind == Kind.Break)
                breaks.Add((first, end));
            else if (kind == Kind.Stop)
                stopsBefore[end]++;
        }

        for (var i = 1; i <= tokens.Count; i++)
            stopsBefore[i] += stopsBefore[i - 1];

        // Cues that cut an anchor do not stand; of the rest, the leftmost-longest win. A cue listed both before and
        // after acts both ways from one occurrence.
        var cues = new Dictionary<(int First, int End), (int Before, int After)>();
        foreach (var (pattern, first, last) in found)
        {
            var (kind, reach) = _patterns[pattern];
            if (kind is not (Kind.Before or Kind.After) || TextMarks.Cuts(anchors, first, last + 1))
                continue;
            var (before, after) = cues.GetValueOrDefault((first, last + 1), (-1, -1));
            cues[(first, last + 1)] = kind == Kind.Before ? (Math.Max(before, reach), after) : (before, Math.Max(after, reach));
        }

        var spans = cues.Keys.ToList();
        spans.Sort((x, y) => x.First != y.First ? x.First.CompareTo(y.First) : y.End.CompareTo(x.End));
        var beforeCues = new List<(int, int, int)>();
        var afterCues = new List<(int, int, int)>();
        var taken = 0;
        foreach (var span in spans)
        {
            if (span.First < taken)
                continue;
            taken = span.End;
            var (before, after) = cues[span];
            if (before >= 0)
                beforeCues.Add((span.First, span.End, before));
            if (after >= 0)
                afterCues.Add((span.First, span.End, after));
        }

        var clause = new int[tokens.Count];
        var current = 0;
        var inBreak = new bool[tokens.Count];
        foreach (var (first, end) in breaks)
        {
            for (var i = first; i < end; i++)
                inBreak[i] = true;
        }

        // Clauses and fragments break at the same places (a clause mark, a space between CJK characters, a space between a
        // CJK word and a number or Latin word); a clause also at the edge of a clause-break word, a fragment also at an
        // ellipsis, a label bracket and an enumeration comma beside a CJK character (not in z、h、o or 8、9、25GB).
        var fragment = new int[tokens.Count];
        var enumerated = new bool[tokens.Count];
        var cjkSpaced = new bool[tokens.Count];
        for (var i = 1; i < tokens.Count; i++)
            cjkSpaced[i] = SpaceBetweenCjk(reply, tokens[i - 1], tokens[i]);
        var spacedCjk = Array.IndexOf(cjkSpaced, true) >= 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var cut = i > 0 && (MarkBetween(reply, tokens[i - 1], tokens[i], ClauseMarks) || cjkSpaced[i] || (spacedCjk && SpaceBesideCjk(reply, tokens, i)));
            if (i > 0 && (cut || inBreak[i - 1] != inBreak[i]))
                current++;
            clause[i] = inBreak[i] ? -1 : current;
            if (i > 0)
            {
                var (left, right) = (IsCjk(tokens[i - 1]), IsCjk(tokens[i]));
                var comma = (left || right) && MarkBetween(reply, tokens[i - 1], tokens[i], EnumerationComma);
                enumerated[i] = comma && left && right;
                fragment[i] = fragment[i - 1] + (cut || comma || MarkBetween(reply, tokens[i - 1], tokens[i], FragmentMarks) ? 1 : 0);
            }
        }

        var sentence = new int[tokens.Count];
        var pauses = new int[tokens.Count];
        for (var i = 1; i < tokens.Count; i++)
        {
            var ends = MarkBetween(reply, tokens[i - 1], tokens[i], SentenceMarks);
            sentence[i] = sentence[i - 1] + (ends ? 1 : 0);
            pauses[i] = pauses[i - 1] + (ends || MarkBetween(reply, tokens[i - 1], tokens[i], Ellipsis) ? 1 : 0);
        }

        var cueStarts = new HashSet<int>();
        var function = new List<(int First, int End)>();
        var address = new List<(int First, int End)>();
        var resumptives = new List<(int First, int End, Pointer Kind)>();
        foreach (var (pattern, first, last) in found)
        {
            switch (_patterns[pattern].Kind)
            {
                case Kind.Before or Kind.After:
                    cueStarts.Add(first);
                    break;
                case Kind.Function:
                    function.Add((first, last + 1));
                    break;
                case Kind.Address:
                    address.Add((first, last + 1));
                    break;
                case Kind.Resumptive or Kind.BackPronoun or Kind.Subject when !TextMarks.Cuts(anchors, first, last + 1):
                    resumptives.Add((first, last + 1, _patterns[pattern].Kind switch
                    {
                        Kind.Resumptive => Pointer.Resumptive,
                        Kind.BackPronoun => Pointer.BackPronoun,
                        _ => Pointer.Subject,
                    }));
                    break;
            }
        }

        var marks = new TextMarks { Anchors = anchors, Before = beforeCues, After = afterCues, Clause = clause, Sentence = sentence, CueStarts = cueStarts, StopsBefore = stopsBefore, FunctionWords = function, AddressWords = address, Fragment = fragment, Enumerated = enumerated, PausesBefore = pauses };
        return resumptives.Count == 0 ? marks : marks.WithDenials(resumptives);
    }

    private static bool SpansMark(string reply, IReadOnlyList<Token> tokens, int first, int last)
    {
        for (var i = first + 1; i <= last; i++)
        {
            if (MarkBetween(reply, tokens[i - 1], tokens[i], ClauseMarks))
                return true;
        }

        return false;
    }

    /// <summary>Chinese typed without punctuation separates its clauses with spaces: a space between two CJK tokens
    /// ends a clause (not a sentence).</summary>
    private static bool SpaceBetweenCjk(string reply, Token left, Token right) =>
        IsCjk(left) && IsCjk(right) && SpaceBetween(reply, left, right);

    /// <summary>In a reply that separates CJK words with spaces, a space between a run of two or more CJK tokens and a
    /// number or Latin word (回电 1024 还有) ends a clause and a fragment too; a single CJK token beside the space
    /// (交 18 块 4) is a unit or a verb of the number, and does not.</summary>
    private static bool SpaceBesideCjk(string reply, IReadOnlyList<Token> tokens, int i)
    {
        var (left, right) = (tokens[i - 1], tokens[i]);
        if (IsCjk(left) == IsCjk(right) || !SpaceBetween(reply, left, right))
            return false;
        return IsCjk(left)
            ? i >= 2 && Adjacent(tokens[i - 2], left) && IsCjk(tokens[i - 2])
            : i + 1 < tokens.Count && Adjacent(right, tokens[i + 1]) && IsCjk(tokens[i + 1]);
    }

    private static bool Adjacent(Token left, Token right) => left.Start + left.Length == right.Start;

    private static bool SpaceBetween(string reply, Token left, Token right)
    {
        var from = left.Start + left.Length;
        return from < right.Start && reply.AsSpan(from, right.Start - from).ContainsAny(' ', '\t', '\u3000');
    }

    private static bool IsCjk(Token token) =>
        System.Text.Rune.DecodeFromUtf16(token.Text, out var rune, out _) == System.Buffers.OperationStatus.Done && Tokenizer.IsCjk(rune);

    private static bool MarkBetween(string reply, Token left, Token right, string marks)
    {
        var from = left.Start + left.Length;
        if (from >= right.Start)
            return false;
        var between = reply.AsSpan(from, right.Start - from);
        // A point or comma inside a number (3.2 GB, 1,000) ends nothing.
        if (between is "." or "," or "．" or "，" && char.IsAsciiDigit(reply[from - 1]) && char.IsAsciiDigit(reply[right.Start]))
            return false;
        return between.IndexOfAny(marks) >= 0;
    }
}
