using TrainingSim.Core.Scenarios;

namespace TrainingSim.Core.Scoring;

/// <summary>Stars after the three levels of service (亲切, 满意, 惊喜), as the scenario format says.</summary>
public static class StarRater
{
    public const string CourtesySkill = "courtesy";
    public const int CourtesyThreshold = 80;
    public const int SatisfiedScore = 80;
    public const int DelightedScore = 90;

    /// <param name="reachedEnd">The call ended at an end step (not hung up, abandoned or unfinished).</param>
    /// <param name="score">The attempt's rounded score.</param>
    /// <param name="skills">The attempt's rounded skill scores (skills with a score only).</param>
    /// <param name="bonusMatched">At least one bonus item matched and earned.</param>
    /// <param name="discourtesies">Format 2: the turns that were discourteous (a courtesy penalty counted). 亲切 then
    /// needs none, instead of a courtesy score ≥ 80, which a single missed thank-you could fail in a call whose only
    /// courtesy item is the closing thanks. Null: format 1's rule.</param>
    /// <param name="keywordLists">Format 2: the free-text turns whose phrases stood in a keyword list; 亲切 needs none.</param>
    public static StarRating Rate(
        Scenario scenario,
        bool reachedEnd,
        string? outcome,
        int score,
        IReadOnlyDictionary<string, int> skills,
        bool bonusMatched,
        int? discourtesies = null,
        int? keywordLists = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(skills);

        var courteous = new List<StarRequirement>
        {
            new(StarRequirementKind.ReachedEnd, reachedEnd, Outcome: outcome),
            new(StarRequirementKind.PassScore, score >= scenario.PassScore, scenario.PassScore, score),
        };
        if (discourtesies is { } rude)
            courteous.Add(new(StarRequirementKind.NoDiscourtesy, rude == 0, 0, rude));
        if (keywordLists is { } lists)
            courteous.Add(new(StarRequirementKind.NoKeywordList, lists == 0, 0, lists));
        if (discourtesies is null && skills.TryGetValue(CourtesySkill, out var courtesy))
            courteous.Add(new(StarRequirementKind.Courtesy, courtesy >= CourtesyThreshold, CourtesyThreshold, courtesy));

        var success = reachedEnd && outcome is not null && scenario.SuccessOutcomes.Contains(outcome);
        List<StarRequirement> satisfied =
        [
            new(StarRequirementKind.SuccessOutcome, success, Outcomes: scenario.SuccessOutcomes, Outcome: outcome),
            new(StarRequirementKind.Score, score >= SatisfiedScore, SatisfiedScore, score),
        ];
        List<StarRequirement> delighted =
        [
            new(StarRequirementKind.Score, score >= DelightedScore, DelightedScore, score),
            new(StarRequirementKind.BonusMatched, bonusMatched),
        ];

        var one = courteous.All(r => r.Met);
        var two = one && satisfied.All(r => r.Met);
        var three = two && delighted.All(r => r.Met);
        StarLevel[] levels =
        [
            new(1, "亲切", "courteous", one, courteous),
            new(2, "满意", "satisfied", two, satisfied),
            new(3, "惊喜", "delighted", three, delighted),
        ];
        return new StarRating(three ? 3 : two ? 2 : one ? 1 : 0, levels);
    }
}
