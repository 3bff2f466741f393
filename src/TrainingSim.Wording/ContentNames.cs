using System.Globalization;
using TrainingSim.Core.Content;
using TrainingSim.Core.Conversations;

namespace TrainingSim.Wording;

/// <summary>The one lookup of a skill's and an outcome's display name in the interface language.</summary>
public sealed class ContentNames
{
    private readonly TrainingContent _content;
    private readonly ResourceText _text;

    public ContentNames(TrainingContent content, CultureInfo culture)
        : this(content, new ResourceText(InterfaceWording.Resources, culture))
    {
    }

    internal ContentNames(TrainingContent content, ResourceText text)
    {
        ArgumentNullException.ThrowIfNull(content);
        _content = content;
        _text = text;
    }

    /// <summary>The content's name for the skill; the id when <c>skills.yaml</c> does not have it.</summary>
    public string Skill(string skillId) =>
        _content.Skills.TryGetValue(skillId, out var skill) ? skill.NameIn(_text.Culture.Name) : skillId;

    /// <summary>The content's name for the outcome (<c>outcomes.yaml</c>); else the program's own words for
    /// <c>hung-up</c> and <c>abandoned</c>; else the id.</summary>
    public string Outcome(string outcomeId) =>
        _content.Outcomes.TryGetValue(outcomeId, out var outcome) ? outcome.NameIn(_text.Culture.Name)
        : outcomeId == Outcomes.HungUp ? _text["OutcomeHungUp"]
        : outcomeId == Outcomes.Abandoned ? _text["OutcomeAbandoned"]
        : outcomeId;
}
