using TrainingSim.Core.Scoring;

namespace TrainingSim.Wording;

/// <summary>Stars and the three levels of service — 亲切 (courteous), 满意 (satisfied), 惊喜 (delighted) — with
/// what each level needed, in the interface language.</summary>
public sealed class StarWording
{
    private readonly ResourceText _text;
    private readonly ContentNames _names;

    internal StarWording(ResourceText text, ContentNames names)
    {
        _text = text;
        _names = names;
    }

    /// <summary>For example <c>★★☆</c>.</summary>
    public static string Glyphs(int stars)
    {
        var count = Math.Clamp(stars, 0, 3);
        return new string('★', count) + new string('☆', 3 - count);
    }

    /// <summary>亲切; in English <c>亲切 courteous</c>.</summary>
    public string LevelName(StarLevel level)
    {
        ArgumentNullException.ThrowIfNull(level);
        return _text.IsChinese ? level.Name : $"{level.Name} {level.EnglishName}";
    }

    /// <summary>Each requirement, met (✓) or not (✗), with the attempt's figure.</summary>
    public string Needs(StarLevel level)
    {
        ArgumentNullException.ThrowIfNull(level);
        return string.Join(" · ", level.Requirements.Select(r => $"{(r.Met ? "✓" : "✗")} {Requirement(r)}"));
    }

    /// <summary>One line a level: reached (★) or not (☆), its name and what it needed.</summary>
    public IEnumerable<string> Levels(StarRating rating)
    {
        ArgumentNullException.ThrowIfNull(rating);
        return rating.Levels.Select(level => $"{(level.Reached ? "★" : "☆")} {LevelName(level)}: {Needs(level)}");
    }

    public string Requirement(StarRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(requirement);
        var outcome = requirement.Outcome is { } id ? _names.Outcome(id) : _text["Unfinished"];
        return requirement.Kind switch
        {
            StarRequirementKind.ReachedEnd => _text.Format("NeedReachedEnd", outcome),
            StarRequirementKind.PassScore => _text.Format("NeedPassScore", requirement.Required, requirement.Actual),
            StarRequirementKind.Courtesy => _text.Format("NeedCourtesy", requirement.Required, requirement.Actual),
            StarRequirementKind.NoDiscourtesy => _text.Format("NeedNoDiscourtesy", requirement.Actual),
            StarRequirementKind.NoKeywordList => _text.Format("NeedNoKeywordList", requirement.Actual),
            StarRequirementKind.SuccessOutcome =>
                _text.Format("NeedSuccessOutcome", string.Join(", ", (requirement.Outcomes ?? []).Select(_names.Outcome)), outcome),
            StarRequirementKind.Score => _text.Format("NeedScore", requirement.Required, requirement.Actual),
            StarRequirementKind.BonusMatched => _text["NeedBonus"],
            _ => _text[$"Need{requirement.Kind}"],
        };
    }
}
