namespace TrainingSim.Core.Scoring;

/// <summary>One condition of a star level, whether it was met, and the figures behind it (for the
/// scorecard's "what each star needed"; the UI words it in the trainee's language).</summary>
/// <param name="Required">The threshold for score and courtesy requirements.</param>
/// <param name="Actual">The attempt's figure for score and courtesy requirements.</param>
/// <param name="Outcomes">For <see cref="StarRequirementKind.SuccessOutcome"/>, the success outcomes.</param>
/// <param name="Outcome">The attempt's outcome (null while the call goes on).</param>
public sealed record StarRequirement(
    StarRequirementKind Kind,
    bool Met,
    int? Required = null,
    int? Actual = null,
    IReadOnlyList<string>? Outcomes = null,
    string? Outcome = null)
{
    /// <summary>English wording, e.g. <c>score ≥ 90 (got 88)</c>.</summary>
    public override string ToString() => Kind switch
    {
        StarRequirementKind.ReachedEnd => $"reach an end step (got {Outcome ?? "unfinished"})",
        StarRequirementKind.PassScore => $"score ≥ pass score {Required} (got {Actual})",
        StarRequirementKind.Courtesy => $"courtesy ≥ {Required} (got {Actual})",
        StarRequirementKind.NoDiscourtesy => $"no discourteous reply (got {Actual})",
        StarRequirementKind.NoKeywordList => $"no keyword-list reply (got {Actual})",
        StarRequirementKind.SuccessOutcome =>
            $"a success outcome ({string.Join(", ", Outcomes ?? [])}) (got {Outcome ?? "unfinished"})",
        StarRequirementKind.Score => $"score ≥ {Required} (got {Actual})",
        StarRequirementKind.BonusMatched => "at least one bonus item matched",
        _ => Kind.ToString(),
    };
}
