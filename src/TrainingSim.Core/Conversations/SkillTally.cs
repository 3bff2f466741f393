namespace TrainingSim.Core.Conversations;

/// <summary>Net and maximum points of one skill (in one step, or summed over an attempt).</summary>
public readonly record struct SkillTally(int Net, int Maximum)
{
    public SkillTally Add(SkillTally other) => new(Net + other.Net, Maximum + other.Maximum);
}
