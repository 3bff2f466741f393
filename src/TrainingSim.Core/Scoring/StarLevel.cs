namespace TrainingSim.Core.Scoring;

/// <summary>One of the three levels of service. A level is reached when the level below it is and all of
/// its own requirements are met.</summary>
/// <param name="Name">亲切, 满意 or 惊喜.</param>
/// <param name="EnglishName">courteous, satisfied or delighted.</param>
public sealed record StarLevel(
    int Stars,
    string Name,
    string EnglishName,
    bool Reached,
    IReadOnlyList<StarRequirement> Requirements)
{
    public IEnumerable<StarRequirement> Unmet => Requirements.Where(r => !r.Met);
}
