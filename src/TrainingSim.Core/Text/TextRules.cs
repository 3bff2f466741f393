using TrainingSim.Core.Scenarios;

namespace TrainingSim.Core.Text;

/// <summary>A language's text rules for scenario format 2 (<c>content/format-2/text/&lt;language&gt;.yaml</c>):
/// negation cues, expressions that only look negative, protected words, clause breaks, English word forms,
/// the reply-length limit and the keyword-list run length. See docs/scenario-format.md, "Format 2".</summary>
public sealed record TextRules
{
    public required string Language { get; init; }
    /// <summary>Cues that negate a phrase starting at most <see cref="NegationCue.Reach"/> tokens after the cue ends.</summary>
    public IReadOnlyList<NegationCue> Before { get; init; } = [];
    /// <summary>Cues that negate a phrase ending at most <see cref="NegationCue.Reach"/> tokens before the cue starts.</summary>
    public IReadOnlyList<NegationCue> After { get; init; } = [];
    /// <summary>Expressions that only look negative (不好意思, no problem): they mask the cues inside them.</summary>
    public IReadOnlyList<TokenPhrase> NotNegation { get; init; } = [];
    /// <summary>Words a before cue does not reach across (就 in 没网就重启: the cue belongs to the condition).</summary>
    public IReadOnlyList<TokenPhrase> Stops { get; init; } = [];
    /// <summary>Words that sum up what was just said, before a negation of it (这种, 这些): a standing cue after one, in its
    /// clause or the next, negates its clause before it (晚上上门这种安排，我这边约不了).</summary>
    public IReadOnlyList<TokenPhrase> Resumptives { get; init; } = [];
    /// <summary>Pronouns that point back at the clause before (those): one that a cue negates negates that clause
    /// (the authorisation form, I won't go through those).</summary>
    public IReadOnlyList<TokenPhrase> BackPronouns { get; init; } = [];
    /// <summary>The speaker as the subject of a refusal said after its topic (我, 我这边): a standing cue at most
    /// <see cref="SubjectReach"/> tokens after one negates its clause before it (附近哪里能交我不帮您查).</summary>
    public IReadOnlyList<TokenPhrase> Subjects { get; init; } = [];
    /// <summary>Words whose characters belong together (特别, 别人): a phrase or cue that cuts one is not found.</summary>
    public IReadOnlyList<TokenPhrase> Words { get; init; } = [];
    /// <summary>Words that start a new clause (但是, but): a cue never reaches across them.</summary>
    public IReadOnlyList<TokenPhrase> ClauseBreaks { get; init; } = [];
    /// <summary>Suffix rules that reduce a word to its stem (apologised → apologize); null: none.</summary>
    public WordForms? WordForms { get; init; }
    /// <summary>Replies longer than this many tokens are too long (多听少说), unless a scenario or step sets its own.</summary>
    public int ReplyLimit { get; init; } = 80;
    /// <summary>A run of this many distinct adjacent rubric phrases is a keyword list.</summary>
    public int ListRun { get; init; } = 4;
    /// <summary>A run in which one rubric phrase is said this many times is a keyword list too (稍等稍等稍等).</summary>
    public int ListRepeat { get; init; } = 3;
    /// <summary>Words of ordinary speech (我, 的, 了, 吗; I, the, to): a sentence of at least <see cref="HeapMin"/> tokens
    /// with none of them outside the rubric's phrases is a keyword heap. Empty: no heap rule.</summary>
    public IReadOnlyList<TokenPhrase> FunctionWords { get; init; } = [];
    /// <summary>The shortest sentence, in tokens, that the keyword-heap rule looks at.</summary>
    public int HeapMin { get; init; } = 8;
    /// <summary>A sentence is a heap when its function-word occurrences are at most this percentage of its tokens
    /// (0: none at all).</summary>
    public int HeapShare { get; init; }
    /// <summary>A reply cut into at least this many short pieces, with rubric phrases in three of them, is a list of terms.</summary>
    public int FragmentMin { get; init; } = 6;
    /// <summary>A run of at least this many tokens said twice in one reply makes the reply a keyword list (an echo:
    /// 请问还有什么可以帮您 感谢您的耐心 … 请问还有什么可以帮您 感谢您的耐心). 0: no echo rule.</summary>
    public int EchoMin { get; init; }
    /// <summary>Words that show someone is being spoken to (您, 我, 吗): a short fragment without one is bare.</summary>
    public IReadOnlyList<TokenPhrase> AddressWords { get; init; } = [];
    /// <summary>A run of at least this many bare fragments, with a rubric phrase in it, is a list of terms inside a
    /// reply (您好，确认号码，查询号码，话费余额，剩余流量，请问还有什么可以帮您). 0: no run rule.</summary>
    public int FragmentRun { get; init; }
    /// <summary>A sentence with at least this many enumeration commas 、 between Chinese characters, each beside a rubric
    /// phrase, is a list of terms (抱歉、实事求是、查覆盖、完整地址、以系统为准). 0: no enumeration rule.</summary>
    public int EnumerationRun { get; init; }

    /// <summary>A piece of at most this many tokens is short (the fragment rule).</summary>
    public const int FragmentTokens = 4;

    /// <summary>How many tokens may stand between a subject and the cue that makes it a refusal (我这边是约不了, 我也不能告诉您).</summary>
    public const int SubjectReach = 2;
}

/// <summary>A negation cue and how many tokens it reaches.</summary>
public sealed record NegationCue(TokenPhrase Phrase, int Reach);

/// <summary>Suffix rules applied to every non-CJK word token: the first rule whose suffix ends the word and leaves at
/// least <see cref="MinStem"/> characters replaces that suffix; then, when <see cref="DropFinalE"/>, a final <c>e</c>
/// is dropped when more than <see cref="MinStem"/> characters remain (care stays care, arrange becomes arrang).</summary>
public sealed record WordForms(int MinStem, IReadOnlyList<SuffixRule> Rules, bool DropFinalE);

public readonly record struct SuffixRule(string Suffix, string Replacement);
