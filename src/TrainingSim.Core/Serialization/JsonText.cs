using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace TrainingSim.Core.Serialization;

/// <summary>Writes JSON with System.Text.Json's writer: CJK text kept readable (not \u-escaped).</summary>
public static class JsonText
{
    public static JsonWriterOptions Options(bool indented) => new()
    {
        Indented = indented,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    public static string Write(Action<Utf8JsonWriter> write, bool indented = true)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options(indented)))
            write(writer);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length) + (indented ? "\n" : "");
    }

    /// <summary>A property holding an array of strings.</summary>
    public static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
            writer.WriteStringValue(value);
        writer.WriteEndArray();
    }
}
