using System.Text.RegularExpressions;

namespace TrainingSim.Authoring.Schema;

/// <summary>The id rules of the scenario format.</summary>
internal static partial class Ids
{
    public const string ScenarioRule = "lowercase letters, digits and `-`, starting with a letter or digit";
    public const string StepRule = "lowercase letters, digits, `-` and `_`, starting with a letter or digit";
    public const string LanguageRule = "a BCP-47 tag such as `zh-CN` or `en`";

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    public static partial Regex Scenario();

    /// <summary>Steps, rubric items, skills and phrase banks.</summary>
    [GeneratedRegex("^[a-z0-9][a-z0-9_-]*$")]
    public static partial Regex Step();

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")]
    public static partial Regex Language();
}
