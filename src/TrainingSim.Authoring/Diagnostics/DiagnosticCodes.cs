using TrainingSim.Core.Diagnostics;

namespace TrainingSim.Authoring.Diagnostics;

/// <summary>The table of every diagnostic the loader reports. Codes are stable: never renumber, only add. Each code's
/// message is in Localization/DiagnosticMessages.resx (English, what the loader writes) and
/// DiagnosticMessages.zh-CN.resx (<see cref="DiagnosticText"/>), under the code.</summary>
public static class DiagnosticCodes
{
    // File and YAML level (TS00xx)
    public static readonly DiagnosticDescriptor YamlSyntax = Error("TS0001", "YAML syntax error");
    public static readonly DiagnosticDescriptor FileTooLarge = Error("TS0002", "File too large");
    public static readonly DiagnosticDescriptor NestedTooDeeply = Error("TS0003", "Nested too deeply");
    public static readonly DiagnosticDescriptor EmptyFile = Error("TS0004", "Empty file");
    public static readonly DiagnosticDescriptor BinaryFile = Error("TS0005", "Not a text file");
    public static readonly DiagnosticDescriptor NotUtf8 = Error("TS0006", "Not UTF-8");
    public static readonly DiagnosticDescriptor AnchorOrAlias = Error("TS0007", "Anchor or alias");
    public static readonly DiagnosticDescriptor MultipleDocuments = Error("TS0008", "More than one document");
    public static readonly DiagnosticDescriptor UnsupportedTag = Error("TS0009", "Unsupported YAML tag");
    public static readonly DiagnosticDescriptor DuplicateKey = Error("TS0010", "Duplicate key");
    public static readonly DiagnosticDescriptor UnreadableFile = Error("TS0011", "Cannot read file");
    public static readonly DiagnosticDescriptor ComplexKey = Error("TS0012", "Key is not text");

    // Keys, types and values (TS01xx)
    public static readonly DiagnosticDescriptor UnknownKey = Error("TS0101", "Unknown key");
    public static readonly DiagnosticDescriptor MissingKey = Error("TS0102", "Missing required key");
    public static readonly DiagnosticDescriptor WrongType = Error("TS0103", "Wrong type");
    public static readonly DiagnosticDescriptor OutOfRange = Error("TS0104", "Value out of range");
    public static readonly DiagnosticDescriptor InvalidId = Error("TS0105", "Invalid id");
    public static readonly DiagnosticDescriptor UnsupportedFormat = Error("TS0106", "Unsupported format version");
    public static readonly DiagnosticDescriptor NeedsFormat2 = Error("TS0107", "Key needs format 2");

    // Ids and references (TS02xx)
    public static readonly DiagnosticDescriptor DuplicateScenarioId = Error("TS0201", "Duplicate scenario id");
    public static readonly DiagnosticDescriptor DuplicateStepId = Error("TS0202", "Duplicate step id");
    public static readonly DiagnosticDescriptor DuplicateItemId = Error("TS0203", "Duplicate rubric item id");
    public static readonly DiagnosticDescriptor UnknownStep = Error("TS0204", "Unknown step");
    public static readonly DiagnosticDescriptor UnknownSkill = Error("TS0205", "Unknown skill");
    public static readonly DiagnosticDescriptor UnknownPhraseBank = Error("TS0206", "Unknown phrase bank");
    public static readonly DiagnosticDescriptor UnknownModule = Error("TS0207", "Unknown module");
    public static readonly DiagnosticDescriptor DuplicateModule = Error("TS0208", "Duplicate module");
    public static readonly DiagnosticDescriptor UnknownScenario = Error("TS0209", "Unknown scenario");
    public static readonly DiagnosticDescriptor ScenarioInOtherModule = Error("TS0210", "Scenario of another module");
    public static readonly DiagnosticDescriptor DuplicatePlan = Error("TS0211", "Duplicate course plan id");
    public static readonly DiagnosticDescriptor DayOutOfOrder = Error("TS0212", "Day out of order");
    public static readonly DiagnosticDescriptor ExamTwice = Error("TS0213", "Exam played twice");
    public static readonly DiagnosticDescriptor OtherLanguage = Error("TS0214", "Scenario of another language");

    // Steps and flow (TS03xx)
    public static readonly DiagnosticDescriptor StepOfNoKind = Error("TS0301", "Step of no kind");
    public static readonly DiagnosticDescriptor StepOfTwoKinds = Error("TS0302", "Step of two kinds");
    public static readonly DiagnosticDescriptor MissingNext = Error("TS0303", "Free-text step without next");
    public static readonly DiagnosticDescriptor MissingDefaultBranch = Error("TS0304", "Branch list without a default");
    public static readonly DiagnosticDescriptor DefaultBranchNotLast = Error("TS0305", "Default branch not last");
    public static readonly DiagnosticDescriptor NoEndReachable = Error("TS0306", "No end reachable");
    public static readonly DiagnosticDescriptor KeyNotForStepKind = Error("TS0307", "Key not allowed for this step kind");

    // Rubric items and phrases (TS04xx)
    public static readonly DiagnosticDescriptor AnyAndAll = Error("TS0401", "Both any and all");
    public static readonly DiagnosticDescriptor NoPhrases = Error("TS0402", "Rubric item without phrases");
    public static readonly DiagnosticDescriptor InvalidRegex = Error("TS0403", "Invalid regular expression");
    public static readonly DiagnosticDescriptor EmptyPhrase = Error("TS0404", "Phrase that can never match");
    public static readonly DiagnosticDescriptor LengthItemWithPhrases = Error("TS0405", "Length item with phrases");

    // Conditions (TS05xx)
    public static readonly DiagnosticDescriptor ConditionSyntax = Error("TS0501", "Condition does not parse");
    public static readonly DiagnosticDescriptor ConditionUnknownItem = Error("TS0502", "Condition names unknown item");

    // Tests inside a scenario (TS06xx)
    public static readonly DiagnosticDescriptor TestReplyMismatch = Error("TS0601", "Test replies do not fit the path");
    public static readonly DiagnosticDescriptor TestImpossibleExpectation = Error("TS0602", "Test expectation can never hold");

    // Content folder (TS07xx)
    public static readonly DiagnosticDescriptor ContentMissing = Error("TS0701", "Content missing");

    // Warnings (TS09xx)
    public static readonly DiagnosticDescriptor UnreachableStep = Warning("TS0901", "Unreachable step");
    public static readonly DiagnosticDescriptor ModelNotFullScore = Warning("TS0902", "Model answer below full score");
    public static readonly DiagnosticDescriptor NoPositiveItem = Warning("TS0903", "No positive rubric item");
    public static readonly DiagnosticDescriptor NoTextRules = Warning("TS0904", "No text rules for the language");
    public static readonly DiagnosticDescriptor ItemOnlyInModel = Warning("TS0905", "Item earned by no good example");
    public static readonly DiagnosticDescriptor BacktrackingRegex = Warning("TS0906", "Regular expression needs backtracking");
    public static readonly DiagnosticDescriptor NoTeachesLine = Warning("TS0907", "Scenario without a teaches line");
    public static readonly DiagnosticDescriptor DifficultiesMissing = Warning("TS0908", "Module misses difficulties");
    public static readonly DiagnosticDescriptor EmptyModule = Warning("TS0909", "Module without scenarios");

    // Notes: never errors or warnings (TS10xx)
    public static readonly DiagnosticDescriptor FormatPreview = Note("TS1001", "Format and what format 2 changes");

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

    private static DiagnosticDescriptor Error(string code, string title) => new(code, Severity.Error, title);

    private static DiagnosticDescriptor Warning(string code, string title) => new(code, Severity.Warning, title);

    private static DiagnosticDescriptor Note(string code, string title) => new(code, Severity.Note, title);
}
