using TrainingSim.Core.Courses;
using TrainingSim.Core.Scenarios;
using TrainingSim.Core.Text;

namespace TrainingSim.Core.Content;

/// <summary>Shared training content from <c>content/</c>: skills, outcome names, phrase banks and house rubric per language.</summary>
public sealed record TrainingContent
{
    public IReadOnlyDictionary<string, Skill> Skills { get; init; } = new Dictionary<string, Skill>();
    /// <summary>Outcome id → display names (optional <c>outcomes.yaml</c>); ids not listed are shown as they are.</summary>
    public IReadOnlyDictionary<string, Outcome> Outcomes { get; init; } = new Dictionary<string, Outcome>();
    /// <summary>Language → bank name → phrases as written.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> PhraseBanks { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>();
    /// <summary>Language → house rubric items (ids already prefixed <c>house.</c>, phrases resolved).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<RubricItem>> HouseRubric { get; init; } =
        new Dictionary<string, IReadOnlyList<RubricItem>>();

    /// <summary>Format 2, language → its text rules (<c>content/format-2/text/&lt;language&gt;.yaml</c>).</summary>
    public IReadOnlyDictionary<string, TextRules> TextRules { get; init; } = new Dictionary<string, TextRules>();
    /// <summary>Format 2, language → concept bank name → phrases as written (<c>content/format-2/concepts/</c>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> Concepts { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>();
    /// <summary>Format 2, language → house rubric items (<c>content/format-2/house-rubric/</c>; ids prefixed <c>house.</c>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<RubricItem>> HouseRubric2 { get; init; } =
        new Dictionary<string, IReadOnlyList<RubricItem>>();

    /// <summary>Language → its training modules, by <c>order</c> (<c>content/modules/&lt;language&gt;.yaml</c>). A language
    /// without a file has no modules, and its scenarios' <c>module:</c> is then free text.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<CourseModule>> Modules { get; init; } =
        new Dictionary<string, IReadOnlyList<CourseModule>>();
}
