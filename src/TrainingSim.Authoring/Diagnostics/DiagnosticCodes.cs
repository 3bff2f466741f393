using TrainingSim.Core.Diagnostics;

namespace TrainingSim.Authoring.Diagnostics;

/// <summary>The table of every diagnostic the loader reports. Codes are stable: never renumber, only add.</summary>
public static class DiagnosticCodes
{
    // File and YAML level (TS00xx)
    public static readonly DiagnosticDescriptor YamlSyntax = Error("TS0001", "YAML syntax error", "YAML syntax: {0}");
    public static readonly DiagnosticDescriptor FileTooLarge = Error("TS0002", "File too large", "the file is {0} bytes; the limit is 1 MiB (1048576 bytes)");
    public static readonly DiagnosticDescriptor NestedTooDeeply = Error("TS0003", "Nested too deeply", "nested deeper than {0} levels");
    public static readonly DiagnosticDescriptor EmptyFile = Error("TS0004", "Empty file", "the file is empty: expected a YAML mapping");
    public static readonly DiagnosticDescriptor BinaryFile = Error("TS0005", "Not a text file", "this is not a text file (it contains a NUL byte at byte offset {0}){1}");
    public static readonly DiagnosticDescriptor NotUtf8 = Error("TS0006", "Not UTF-8", "the file is not valid UTF-8 (bad byte at byte offset {0}); save it as UTF-8");
    public static readonly DiagnosticDescriptor AnchorOrAlias = Error("TS0007", "Anchor or alias", "YAML {0} `{1}` is not allowed: write the value out in full");
    public static readonly DiagnosticDescriptor MultipleDocuments = Error("TS0008", "More than one document", "only one YAML document is allowed per file: remove the second `---` and what follows, or move it to its own file");
    public static readonly DiagnosticDescriptor UnsupportedTag = Error("TS0009", "Unsupported YAML tag", "YAML tag `{0}` is not supported: remove it (quote the value if it must be text)");
    public static readonly DiagnosticDescriptor DuplicateKey = Error("TS0010", "Duplicate key", "duplicate key `{0}` (first at line {1})");
    public static readonly DiagnosticDescriptor UnreadableFile = Error("TS0011", "Cannot read file", "cannot read {0}");
    public static readonly DiagnosticDescriptor ComplexKey = Error("TS0012", "Key is not text", "a mapping key must be plain text, not a {0}");

    // Keys, types and values (TS01xx)
    public static readonly DiagnosticDescriptor UnknownKey = Error("TS0101", "Unknown key", "unknown key `{0}`{1}");
    public static readonly DiagnosticDescriptor MissingKey = Error("TS0102", "Missing required key", "{0} is missing the required key `{1}`");
    public static readonly DiagnosticDescriptor WrongType = Error("TS0103", "Wrong type", "`{0}` must be {1}, not {2}");
    public static readonly DiagnosticDescriptor OutOfRange = Error("TS0104", "Value out of range", "`{0}` must be {1}; found {2}");
    public static readonly DiagnosticDescriptor InvalidId = Error("TS0105", "Invalid id", "`{0}` is not a valid {1}: use {2}");
    public static readonly DiagnosticDescriptor UnsupportedFormat = Error("TS0106", "Unsupported format version", "format {0} is not supported: this program reads formats 1 and 2");
    public static readonly DiagnosticDescriptor NeedsFormat2 = Error("TS0107", "Key needs format 2", "`{0}` needs `format: 2`: {1} is format 1");

    // Ids and references (TS02xx)
    public static readonly DiagnosticDescriptor DuplicateScenarioId = Error("TS0201", "Duplicate scenario id", "duplicate scenario id `{0}`: also used by {1}");
    public static readonly DiagnosticDescriptor DuplicateStepId = Error("TS0202", "Duplicate step id", "duplicate step id `{0}` (first at line {1})");
    public static readonly DiagnosticDescriptor DuplicateItemId = Error("TS0203", "Duplicate rubric item id", "duplicate rubric item id `{0}` in {1} (first at line {2})");
    public static readonly DiagnosticDescriptor UnknownStep = Error("TS0204", "Unknown step", "`{0}` names unknown step `{1}`{2}");
    public static readonly DiagnosticDescriptor UnknownSkill = Error("TS0205", "Unknown skill", "unknown skill `{0}`{1}");
    public static readonly DiagnosticDescriptor UnknownPhraseBank = Error("TS0206", "Unknown phrase bank", "unknown phrase bank `@{0}` for language {1}{2}");
    public static readonly DiagnosticDescriptor UnknownModule = Error("TS0207", "Unknown module", "{0} names module `{1}`, which {2} does not list{3}");
    public static readonly DiagnosticDescriptor DuplicateModule = Error("TS0208", "Duplicate module", "duplicate module `{0}` (first at line {1})");
    public static readonly DiagnosticDescriptor UnknownScenario = Error("TS0209", "Unknown scenario", "{0} names unknown scenario `{1}`{2}");
    public static readonly DiagnosticDescriptor ScenarioInOtherModule = Error("TS0210", "Scenario of another module", "{0} names scenario `{1}`, which is in module `{2}`");
    public static readonly DiagnosticDescriptor DuplicatePlan = Error("TS0211", "Duplicate course plan id", "duplicate course plan id `{0}`: also used by {1}");
    public static readonly DiagnosticDescriptor DayOutOfOrder = Error("TS0212", "Day out of order", "{0} {1} comes after {0} {2}: list them once each, in rising order");
    public static readonly DiagnosticDescriptor ExamTwice = Error("TS0213", "Exam played twice", "scenario `{0}` is already an exam at line {1}: an exam is played once, so a plan examines a scenario once and does not practise it after the exam");
    public static readonly DiagnosticDescriptor OtherLanguage = Error("TS0214", "Scenario of another language", "{0} names {1} `{2}` of language {3}: this plan is in {4}");

    // Steps and flow (TS03xx)
    public static readonly DiagnosticDescriptor StepOfNoKind = Error("TS0301", "Step of no kind", "step `{0}` is of no kind: give it `rubric` (free text), `choices` (choice) or `end` (end)");
    public static readonly DiagnosticDescriptor StepOfTwoKinds = Error("TS0302", "Step of two kinds", "step `{0}` has both `{1}` and `{2}`: a step is exactly one of free text (`rubric`), choice (`choices`) or end (`end`)");
    public static readonly DiagnosticDescriptor MissingNext = Error("TS0303", "Free-text step without next", "free-text step `{0}` has no `next`: say where the call goes after the reply");
    public static readonly DiagnosticDescriptor MissingDefaultBranch = Error("TS0304", "Branch list without a default", "the last branch of `next` has a `when`: add a last branch with only `goto` (the default)");
    public static readonly DiagnosticDescriptor DefaultBranchNotLast = Error("TS0305", "Default branch not last", "a branch without `when` must be the last one: the branches after it can never be taken");
    public static readonly DiagnosticDescriptor NoEndReachable = Error("TS0306", "No end reachable", "no end step can be reached from step `{0}`");
    public static readonly DiagnosticDescriptor KeyNotForStepKind = Error("TS0307", "Key not allowed for this step kind", "`{0}` is not allowed in {1} step `{2}`");

    // Rubric items and phrases (TS04xx)
    public static readonly DiagnosticDescriptor AnyAndAll = Error("TS0401", "Both any and all", "rubric item `{0}` has both `any` and `all`: use one");
    public static readonly DiagnosticDescriptor NoPhrases = Error("TS0402", "Rubric item without phrases", "rubric item `{0}` needs `any` or `all` with at least one phrase");
    public static readonly DiagnosticDescriptor InvalidRegex = Error("TS0403", "Invalid regular expression", "invalid regular expression `{0}`: {1}");
    public static readonly DiagnosticDescriptor EmptyPhrase = Error("TS0404", "Phrase that can never match", "phrase `{0}` has no letters, digits or CJK characters, so it can never match");
    public static readonly DiagnosticDescriptor LengthItemWithPhrases = Error("TS0405", "Length item with phrases", "rubric item `{0}` has both `max_tokens` and `{1}`: a length item has no phrases");

    // Conditions (TS05xx)
    public static readonly DiagnosticDescriptor ConditionSyntax = Error("TS0501", "Condition does not parse", "condition does not parse: {0}");
    public static readonly DiagnosticDescriptor ConditionUnknownItem = Error("TS0502", "Condition names unknown item", "condition names unknown item `{0}` of step `{1}`{2}");

    // Tests inside a scenario (TS06xx)
    public static readonly DiagnosticDescriptor TestReplyMismatch = Error("TS0601", "Test replies do not fit the path", "test `{0}`: {1}");
    public static readonly DiagnosticDescriptor TestImpossibleExpectation = Error("TS0602", "Test expectation can never hold", "test `{0}`: {1}");

    // Content folder (TS07xx)
    public static readonly DiagnosticDescriptor ContentMissing = Error("TS0701", "Content missing", "{0}");

    // Warnings (TS09xx)
    public static readonly DiagnosticDescriptor UnreachableStep = Warning("TS0901", "Unreachable step", "step `{0}` cannot be reached from the start step `{1}`");
    public static readonly DiagnosticDescriptor ModelNotFullScore = Warning("TS0902", "Model answer below full score", "the model answer of step `{0}` does not earn the full score: {1}");
    public static readonly DiagnosticDescriptor NoPositiveItem = Warning("TS0903", "No positive rubric item", "free-text step `{0}` has no positive rubric item: every reply scores 100 unless a penalty matches");
    public static readonly DiagnosticDescriptor NoTextRules = Warning("TS0904", "No text rules for the language", "format 2 reads the text rules of language {0} from {1}, which does not exist: phrases match without negation, word or clause rules");
    public static readonly DiagnosticDescriptor ItemOnlyInModel = Warning("TS0905", "Item earned by no good example", "step `{0}`: item `{1}` is earned by the model answer but by no good example");
    public static readonly DiagnosticDescriptor BacktrackingRegex = Warning("TS0906", "Regular expression needs backtracking", "`{0}` uses a look-around, back-reference or atomic group: it runs on the backtracking engine with a {1} ms time-out per reply (a time-out counts as no match); write it without them");
    public static readonly DiagnosticDescriptor NoTeachesLine = Warning("TS0907", "Scenario without a teaches line", "module `{0}` has no `teaches` line for its scenario `{1}`");
    public static readonly DiagnosticDescriptor DifficultiesMissing = Warning("TS0908", "Module misses difficulties", "module `{0}` has no scenario of difficulty {1}: a module trains difficulties 1 to 5");
    public static readonly DiagnosticDescriptor EmptyModule = Warning("TS0909", "Module without scenarios", "module `{0}` has no scenario in the library");

    // Notes: never errors or warnings (TS10xx)
    public static readonly DiagnosticDescriptor FormatPreview = Note("TS1001", "Format and what format 2 changes", "{0}");

    /// <summary>Every descriptor, in code order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        YamlSyntax, FileTooLarge, NestedTooDeeply, EmptyFile, BinaryFile, NotUtf8, AnchorOrAlias, MultipleDocuments,
        UnsupportedTag, DuplicateKey, UnreadableFile, ComplexKey,
        UnknownKey, MissingKey, WrongType, OutOfRange, InvalidId, UnsupportedFormat, NeedsFormat2,
        DuplicateScenarioId, DuplicateStepId, DuplicateItemId, UnknownStep, UnknownSkill, UnknownPhraseBank,
        UnknownModule, DuplicateModule, UnknownScenario, ScenarioInOtherModule, DuplicatePlan, DayOutOfOrder, ExamTwice, OtherLanguage,
        StepOfNoKind, StepOfTwoKinds, MissingNext, MissingDefaultBranch, DefaultBranchNotLast, NoEndReachable, KeyNotForStepKind,
        AnyAndAll, NoPhrases, InvalidRegex, EmptyPhrase, LengthItemWithPhrases,
        ConditionSyntax, ConditionUnknownItem,
        TestReplyMismatch, TestImpossibleExpectation,
        ContentMissing,
        UnreachableStep, ModelNotFullScore, NoPositiveItem, NoTextRules, ItemOnlyInModel, BacktrackingRegex,
        NoTeachesLine, DifficultiesMissing, EmptyModule,
        FormatPreview,
    ];

    private static DiagnosticDescriptor Error(string code, string title, string format) => new(code, Severity.Error, title, format);

    private static DiagnosticDescriptor Warning(string code, string title, string format) => new(code, Severity.Warning, title, format);

    private static DiagnosticDescriptor Note(string code, string title, string format) => new(code, Severity.Note, title, format);
}
