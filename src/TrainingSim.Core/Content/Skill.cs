namespace TrainingSim.Core.Content;

/// <summary>A skill rubric items may name, with display text per language (BCP-47 tag → text).</summary>
public sealed record Skill(string Id, IReadOnlyDictionary<string, string> Names, IReadOnlyDictionary<string, string> Descriptions)
{
    public string NameIn(string language) => Localized(Names, language) ?? Id;

    public string DescriptionIn(string language) => Localized(Descriptions, language) ?? "";

    private static string? Localized(IReadOnlyDictionary<string, string> texts, string language)
    {
        if (texts.TryGetValue(language, out var exact))
            return exact;
        var prefix = language.Split('-')[0];
        return texts.FirstOrDefault(t => t.Key.Split('-')[0] == prefix).Value
            ?? texts.GetValueOrDefault("en")
            ?? texts.Values.FirstOrDefault();
    }
}
