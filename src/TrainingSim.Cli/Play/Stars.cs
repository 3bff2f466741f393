using TrainingSim.Core.Scoring;

namespace TrainingSim.Cli.Play;

/// <summary>Stars with the three levels of service — 亲切 (courteous), 满意 (satisfied), 惊喜 (delighted) —
/// and what each level needed, worded in the interface language.</summary>
public static class Stars
{
    /// <summary>For example <c>★★☆ 2/3</c>.</summary>
    public static string Glyphs(int stars) => $"{new string('★', stars)}{new string('☆', 3 - stars)} {stars}/3";

    /// <summary>One line a level: reached or not, its name, and each requirement with the attempt's figure.</summary>
    public static IEnumerable<string> Levels(StarRating rating, Messages text, OutcomeNames outcomes)
    {
        ArgumentNullException.ThrowIfNull(rating);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(outcomes);
        foreach (var level in rating.Levels)
        {
            var name = text.IsChinese ? level.Name : $"{level.Name} {level.EnglishName}";
            var needs = string.Join(" · ", level.Requirements.Select(r => $"{(r.Met ? "✓" : "✗")} {Requirement(r, text, outcomes)}"));
            yield return $"{(level.Reached ? "★" : "☆")} {name}: {needs}";
        }
    }

    public static string Requirement(StarRequirement requirement, Messages text, OutcomeNames outcomes)
    {
        ArgumentNullException.ThrowIfNull(requirement);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(outcomes);
        var outcome = requirement.Outcome is { } id ? outcomes.Name(id) : text["Unfinished"];
        return requirement.Kind switch
        {
            StarRequirementKind.ReachedEnd => text.Format("NeedReachedEnd", outcome),
            StarRequirementKind.PassScore => text.Format("NeedPassScore", requirement.Required, requirement.Actual),
            StarRequirementKind.Courtesy => text.Format("NeedCourtesy", requirement.Required, requirement.Actual),
            StarRequirementKind.SuccessOutcome =>
                text.Format("NeedSuccessOutcome", string.Join(", ", (requirement.Outcomes ?? []).Select(outcomes.Name)), outcome),
            StarRequirementKind.Score => text.Format("NeedScore", requirement.Required, requirement.Actual),
            StarRequirementKind.BonusMatched => text["NeedBonus"],
            _ => requirement.ToString(),
        };
    }
}
