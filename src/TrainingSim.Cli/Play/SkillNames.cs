using TrainingSim.Core.Content;

namespace TrainingSim.Cli.Play;

/// <summary>Skill display names in the interface language, from the content's skills; the id when unknown.</summary>
public sealed class SkillNames(TrainingContent content, string language)
{
    public string Name(string skillId) =>
        content.Skills.TryGetValue(skillId, out var skill) ? skill.NameIn(language) : skillId;
}
