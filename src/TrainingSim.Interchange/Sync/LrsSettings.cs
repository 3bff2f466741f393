using System.Text;
using System.Text.Json;

namespace TrainingSim.Interchange.Sync;

/// <summary>The LRS a machine syncs with, remembered in <c>&lt;user config folder&gt;/TrainingSim/sync.json</c>:
/// the endpoint, the user and the password.</summary>
/// <remarks>The password is protected by the file's permissions: on Linux and macOS the folder is created
/// 0700 and the file 0600 (written to a new file of that mode, then renamed over the old one), so only the
/// same OS user (and root) can read it; on Windows the file lives in the user's own profile (%APPDATA%), whose
/// ACL admits only that user and administrators. It is not encrypted: anyone who can act as that user, an
/// administrator, or someone holding the disk or an unencrypted backup of the profile can read it.</remarks>
public sealed record LrsSettings(string? Lrs, string? User, string? Password)
{
    public const string FileName = "sync.json";

    public static string PathIn(string configDirectory) => Path.Combine(configDirectory, "TrainingSim", FileName);

    /// <summary>The settings in the file, empty when there is none.</summary>
    /// <exception cref="FormatException">The file is not the JSON this writes (the message says where).</exception>
    public static LrsSettings Read(string path)
    {
        if (!File.Exists(path))
            return new LrsSettings(null, null, null);
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Object
                ? new LrsSettings(Text(root, "lrs"), Text(root, "user"), Text(root, "password"))
                : throw new FormatException($"{path}: not a JSON object");
        }
        catch (JsonException e)
        {
            throw new FormatException($"{path}: not valid JSON ({e.Message})", e);
        }
    }

    public void Write(string path)
    {
        var folder = Path.GetDirectoryName(path)!;
        if (OperatingSystem.IsWindows())
            Directory.CreateDirectory(folder);
        else
            Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var temporary = path + ".partial";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        File.Delete(temporary); // an older partial file could have other permissions
        using (var stream = new FileStream(temporary, options))
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("lrs", Lrs);
            writer.WriteString("user", User);
            writer.WriteString("password", Password);
            writer.WriteEndObject();
        }

        File.Move(temporary, path, overwrite: true);
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
