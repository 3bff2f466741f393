using TrainingSim.Authoring.Yaml;

namespace TrainingSim.Authoring.Editing;

/// <summary>Finding the nodes a review edit changes in the reader's tree.</summary>
internal static class YamlPath
{
    public static YamlNode? Get(YamlNode? node, string key) =>
        node is YamlMapping mapping
            ? mapping.Entries.LastOrDefault(e => e.Key.Value == key).Value
            : null;

    public static YamlScalar? KeyOf(YamlMapping mapping, string key) =>
        mapping.Entries.LastOrDefault(e => e.Key.Value == key).Key;

    /// <summary>The column of a block mapping's keys.</summary>
    public static int KeyColumn(YamlMapping mapping) => mapping.Entries[0].Key.Span.Column;

    /// <summary>How far a block list under a key is indented from that key in this mapping (0 when its dashes
    /// stand at the key's column), from the first such list; <paramref name="fallback"/> when there is none.</summary>
    public static int ListIndent(YamlMapping mapping, int fallback)
    {
        foreach (var (key, value) in mapping.Entries)
        {
            if (value is YamlSequence { Items.Count: > 0 } sequence && sequence.Span.Line > key.Span.Line)
                return sequence.Items[0].Span.Column - 2 - key.Span.Column;
        }

        return fallback;
    }
}
