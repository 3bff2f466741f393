namespace TrainingSim.Authoring.Diagnostics;

/// <summary>What a diagnostic suggests instead of an unknown name: the nearest candidate, else the list of what is valid
/// (when short), else nothing. Written in English by <see cref="ToString"/> (the loader's message) and in any interface
/// language by <see cref="DiagnosticText"/>.</summary>
public sealed record Suggestion(string? Nearest, IReadOnlyList<string> OneOf)
{
    public static Suggestion None { get; } = new(null, []);

    public string In(DiagnosticText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Nearest is not null ? text.Format("SuggestionNearest", Nearest)
            : OneOf.Count > 0 ? text.Format("SuggestionOneOf", string.Join(", ", OneOf))
            : "";
    }

    public override string ToString() => In(DiagnosticText.English);
}
