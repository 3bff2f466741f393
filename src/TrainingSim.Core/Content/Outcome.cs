namespace TrainingSim.Core.Content;

/// <summary>An end outcome's display name per language (BCP-47 tag → text), from <c>content/outcomes.yaml</c>.
/// Display only: results, stored attempts and JSON keep the raw id.</summary>
public sealed record Outcome(string Id, IReadOnlyDictionary<string, string> Names)
{
    public string NameIn(string language)
    {
        if (Names.TryGetValue(language, out var exact))
            return exact;
        var prefix = language.Split('-')[0];
        return Names.FirstOrDefault(t => t.Key.Split('-')[0] == prefix).Value
            ?? Names.GetValueOrDefault("en")
            ?? Names.Values.FirstOrDefault()
            ?? Id;
    }
}
