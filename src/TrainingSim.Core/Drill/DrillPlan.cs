using TrainingSim.Core.Scenarios;

namespace TrainingSim.Core.Drill;

/// <summary>One skill's recent record: the recency-weighted mean of its per-attempt scores.</summary>
/// <param name="Attempts">Attempts that scored the skill and count (at most <see cref="DrillRules.Window"/>).</param>
/// <param name="Turns">Turns of those attempts that scored the skill.</param>
/// <param name="WeightedScore">Σ weight × score / Σ weight, 0..100.</param>
public sealed record SkillEvidence(string Skill, int Attempts, int Turns, double WeightedScore)
{
    public bool Enough => Turns >= DrillRules.MinimumTurns && Attempts >= DrillRules.MinimumAttempts;
}

/// <summary>One scenario of the drill queue.</summary>
/// <param name="SkillShare">The share of the scenario's points that go to the skill, 0..1.</param>
/// <param name="MissRate">Of the trainee's turns on items of the skill in this scenario, the share missed (0 when never tried).</param>
/// <param name="Rank">SkillShare × (1 + MissRate): the queue's order, highest first.</param>
/// <param name="Tried">The trainee has answered an item of the skill in this scenario before.</param>
public sealed record DrillPick(Scenario Scenario, double SkillShare, double MissRate, double Rank, bool Tried);

/// <summary>What the drill offers a trainee now: the weakest skill with enough evidence and the scenarios that
/// train it most, or no skill yet (<see cref="Weakest"/> null: not enough evidence).</summary>
/// <param name="Skills">Every skill the trainee's turns scored, weakest first (those without enough evidence last).</param>
public sealed record DrillPlan(IReadOnlyList<SkillEvidence> Skills, SkillEvidence? Weakest, IReadOnlyList<DrillPick> Queue)
{
    public bool HasPlan => Weakest is not null && Queue.Count > 0;
}
