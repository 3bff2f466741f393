namespace TrainingSim.Core.Scenarios;

/// <summary>Where a free-text step goes: branches tried in order; the last has no condition.</summary>
public sealed record Next(IReadOnlyList<Branch> Branches)
{
    public static Next To(string stepId) => new([new Branch(null, stepId)]);
}

public sealed record Branch(Condition? When, string Goto);
