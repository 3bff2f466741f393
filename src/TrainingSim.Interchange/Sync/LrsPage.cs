using System.Text.Json;

namespace TrainingSim.Interchange.Sync;

/// <summary>One page of a statement query: the statements and the <c>more</c> link.</summary>
public sealed class LrsPage : IDisposable
{
    private readonly JsonDocument _document;

    private LrsPage(JsonDocument document, IReadOnlyList<JsonElement> statements, string? more)
    {
        _document = document;
        Statements = statements;
        More = more;
    }

    public IReadOnlyList<JsonElement> Statements { get; }

    /// <summary>The next page's path, or null on the last page.</summary>
    public string? More { get; }

    /// <exception cref="JsonException">Not a statement result.</exception>
    public static LrsPage Parse(string json)
    {
        var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("statements", out var list)
            || list.ValueKind != JsonValueKind.Array)
        {
            document.Dispose();
            throw new JsonException("no 'statements' list");
        }

        var more = root.TryGetProperty("more", out var m) && m.ValueKind == JsonValueKind.String && m.GetString() is { Length: > 0 } link
            ? link
            : null;
        return new LrsPage(document, [.. list.EnumerateArray()], more);
    }

    public void Dispose() => _document.Dispose();
}
