namespace TrainingSim.Core.Text;

/// <summary>What a language's text rules find in one reply: anchors (words, not-negation expressions and clause
/// breaks, which other occurrences may not cut), the negation cues that stand, and each token's clause.</summary>
internal sealed record TextMarks
{
    /// <summary>Token spans [First, End) of every anchor found.</summary>
    public required IReadOnlyList<(int First, int End)> Anchors { get; init; }
    /// <summary>Standing cues that negate what follows: span and reach.</summary>
    public required IReadOnlyList<(int First, int End, int Reach)> Before { get; init; }
    /// <summary>Standing cues that negate what precedes.</summary>
    public required IReadOnlyList<(int First, int End, int Reach)> After { get; init; }
    /// <summary>Per token, its clause number (increasing), or -1 for a token of a clause break word.</summary>
    public required int[] Clause { get; init; }
    /// <summary>Tokens at which some negation cue starts (standing or not): a phrase starting there is a negation of its
    /// own (不能说), so a cue it starts inside does not reach it.</summary>
    public IReadOnlySet<int> CueStarts { get; init; } = new HashSet<int>();
    /// <summary>StopsBefore[i]: how many standing stops end at or before token i (a prefix count, length tokens + 1).</summary>
    public int[] StopsBefore { get; init; } = [];
    /// <summary>Per token, its fragment number: a new fragment starts after a clause mark, a space between Chinese characters
    /// (or beside a number among them), an ellipsis, a label bracket or an enumeration comma beside a Chinese character.</summary>
    public int[] Fragment { get; init; } = [];
    /// <summary>Enumerated[i]: an enumeration comma 、 stands between tokens i − 1 and i, both Chinese characters.</summary>
    public bool[] Enumerated { get; init; } = [];
    /// <summary>Token spans of every occurrence of a function word (rule 9's keyword heaps).</summary>
    public IReadOnlyList<(int First, int End)> FunctionWords { get; init; } = [];
    /// <summary>Token spans of every occurrence of an address word (rule 9's bare fragments).</summary>
    public IReadOnlyList<(int First, int End)> AddressWords { get; init; } = [];
    /// <summary>Per token, its sentence number (increasing): a sentence ends at 。．.!！?？ or a line break.</summary>
    public int[] Sentence { get; init; } = [];
    /// <summary>PausesBefore[i]: how many sentence ends and ellipses lie between tokens 0..i (a prefix count): a phrase is
    /// said within one breath, so an occurrence that spans one is not found (rule 7).</summary>
    public int[] PausesBefore { get; init; } = [];

    /// <summary>Rule 7: a phrase occurrence [first, end) is dropped when it cuts an anchor or when a sentence end or an
    /// ellipsis lies between two of its tokens.</summary>
    public bool Drops(int first, int end) =>
        Cuts(first, end) || (PausesBefore.Length > 0 && PausesBefore[end - 1] != PausesBefore[first]);

    /// <summary>Resumptives that are denied (rule 8's last paragraph): the resumptive, the cue that denies it, and the
    /// first token and the end of its topic, whose phrases are negated.</summary>
    public IReadOnlyList<(int First, int End, (int First, int End) Cue, int TopicFirst, int TopicEnd)> Denials { get; private init; } = [];

    /// <summary>Rule 8's resumptives and back pronouns. A resumptive followed by a standing cue in its clause or the next
    /// clause of its sentence is denied, and its topic is its clause before it (上门这种安排，我这边约不了). A back pronoun
    /// that the cues negate is denied, and its topic is the clause before its clause, in its sentence (the form, I won't
    /// go through those).</summary>
    public TextMarks WithDenials(IReadOnlyList<(int First, int End, Pointer Kind)> resumptives)
    {
        var denials = new List<(int, int, (int, int), int, int)>();
        var cues = Before.Concat(After).OrderBy(c => c.First).ToList();
        foreach (var (first, end, kind) in resumptives)
        {
            var clause = Clause[first];
            if (clause < 0)
                continue;
            if (kind == Pointer.Subject)
            {
                // The speaker refusing a topic said first (附近哪里能交我不帮您查): a cue soon after the subject that is not
                // negated itself by a cue right after it (我不是不能帮您 refuses nothing).
                // A before cue that ends its clause is a question (还有啥要我帮忙的不？), not a refusal.
                var opens = ClauseStart(first);
                var after = cues.Where(c => c.First >= end && Clause[c.First] == clause).Select(c => (c.First, c.End)).Distinct().Take(2).ToList();
                if (opens < first && after.Count > 0 && after[0].First - end <= TextRules.SubjectReach
                    && (after.Count == 1 || after[1].First - after[0].End > 1)
                    && (After.Any(c => c.First == after[0].First) || (after[0].End < Clause.Length && Clause[after[0].End] == clause)))
                    denials.Add((first, end, after[0], opens, first));
                continue;
            }

            if (kind == Pointer.BackPronoun)
            {
                var opens = ClauseStart(first);
                if (opens > 0 && Clause[opens - 1] >= 0 && Sentence[opens - 1] == Sentence[first] && ReachingCount(first, end) % 2 == 1)
                    denials.Add((first, end, CuesOf(first, end).First(), ClauseStart(opens - 1), opens));
                continue;
            }

            var next = cues.FirstOrDefault(c => c.First >= end && Sentence[c.First] == Sentence[first]
                && Clause[c.First] >= clause && Clause[c.First] <= clause + 1);
            if (next.End > 0)
                denials.Add((first, end, (next.First, next.End), ClauseStart(first), first));
        }

        return this with { Denials = denials };
    }

    /// <summary>The first token of token <paramref name="token"/>'s clause.</summary>
    private int ClauseStart(int token)
    {
        var t = token;
        while (t > 0 && Clause[t - 1] == Clause[token])
            t--;
        return t;
    }

    /// <summary>The denial whose topic holds all of [first, end), if any.</summary>
    public (int First, int End, (int First, int End) Cue, int TopicFirst, int TopicEnd)? DenialOf(int first, int end)
    {
        foreach (var denial in Denials)
        {
            if (denial.TopicFirst <= first && end <= denial.TopicEnd)
                return denial;
        }

        return null;
    }

    /// <summary>True when [first, end) overlaps an anchor without containing it whole.</summary>
    public bool Cuts(int first, int end) => Cuts(Anchors, first, end);

    public static bool Cuts(IReadOnlyList<(int First, int End)> anchors, int first, int end)
    {
        foreach (var (a, b) in anchors)
        {
            if (first < b && a < end && !(first <= a && b <= end))
                return true;
        }

        return false;
    }

    /// <summary>True when an odd number of standing cues reach the phrase [first, end) within its clause.</summary>
    public bool IsNegated(int first, int end) => ReachingCount(first, end) % 2 == 1 || DenialOf(first, end) is not null;

    private int ReachingCount(int first, int end)
    {
        var count = 0;
        foreach (var cue in Before)
            count += BeforeReaches(cue, first) ? 1 : 0;
        foreach (var cue in After)
            count += AfterReaches(cue, end) ? 1 : 0;
        return count;
    }

    /// <summary>Rule 8 for a before cue, in the phrase's clause; tokens in no clause (-1) are reached by none.</summary>
    private bool BeforeReaches((int First, int End, int Reach) cue, int first) =>
        Clause[first] >= 0 && Reaches(cue.First, cue.End, cue.Reach, first) && Clause[cue.First] == Clause[first];

    /// <summary>Rule 8 for an after cue, in the clause of the phrase's last token.</summary>
    private bool AfterReaches((int First, int End, int Reach) cue, int end) =>
        Clause[end - 1] >= 0 && cue.First >= end && cue.First - end <= cue.Reach && Clause[cue.First] == Clause[end - 1];

    /// <summary>A cue before a phrase reaches it when the phrase starts at most <paramref name="reach"/> tokens after the
    /// cue ends, or inside the cue (in 您不要换号 the cue 不要 reaches 要换号) unless the phrase opens with a cue itself
    /// (in 也不能说 the phrase 不能说 is a negation of its own).</summary>
    private bool Reaches(int cueFirst, int cueEnd, int reach, int first) =>
        (cueEnd <= first && first - cueEnd <= reach && !StopBetween(cueEnd, first) && !BeforeCueBetween(cueEnd, first))
        || (cueFirst < first && first < cueEnd && !CueStarts.Contains(first));

    /// <summary>A nearer before cue that does not touch the first one takes the phrase over: in 不能问也不能查 only 也不能
    /// reaches 查 (two refusals, not a double negative), while 不是不能帮您 (touching cues) stays a double negative.</summary>
    private bool BeforeCueBetween(int from, int to)
    {
        foreach (var cue in Before)
        {
            if (cue.First > from && cue.End <= to)
                return true;
        }

        return false;
    }

    private bool StopBetween(int from, int to) => StopsBefore.Length > to && StopsBefore[to] - StopsBefore[from] > 0;

    /// <summary>The standing cues that reach [first, end) (the evidence of a negated phrase).</summary>
    public IEnumerable<(int First, int End)> CuesOf(int first, int end) =>
        Before.Where(cue => BeforeReaches(cue, first)).Concat(After.Where(cue => AfterReaches(cue, end)))
            .Select(cue => (cue.First, cue.End))
            .Concat(DenialOf(first, end) is { } denial ? [(denial.First, denial.End), denial.Cue] : []);
}

/// <summary>A word that points at the topic of a negation (rule 8): a resumptive (这种), a back pronoun (those), or the
/// speaker as the subject of a refusal said after its topic (我).</summary>
internal enum Pointer { Resumptive, BackPronoun, Subject }
