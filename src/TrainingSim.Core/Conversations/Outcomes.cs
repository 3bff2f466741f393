namespace TrainingSim.Core.Conversations;

/// <summary>Outcomes that are not an end step's own.</summary>
public static class Outcomes
{
    public const string HungUp = "hung-up";
    public const string Abandoned = "abandoned";
}
