using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace TrainingSim.Cli;

/// <summary>Writes the commands' JSON: indented, UTF-8, Chinese left readable (not \u-escaped).</summary>
public static class JsonText
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(Action<Utf8JsonWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
            write(json);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
