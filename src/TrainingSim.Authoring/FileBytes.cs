using TrainingSim.Authoring.Diagnostics;
using TrainingSim.Authoring.Yaml;
using TrainingSim.Core.Diagnostics;

namespace TrainingSim.Authoring;

/// <summary>Reads a file's bytes, refusing files over the size limit before reading them.</summary>
internal static class FileBytes
{
    public static byte[]? Read(string path, out Diagnostic? problem)
    {
        problem = null;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                problem = DiagnosticCodes.UnreadableFile.Create(path, SourceSpan.None, "the file: it does not exist");
                return null;
            }

            if (info.Length > SafeYamlReader.MaxBytes)
            {
                problem = DiagnosticCodes.FileTooLarge.Create(path, SourceSpan.None, info.Length);
                return null;
            }

            return File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            problem = DiagnosticCodes.UnreadableFile.Create(path, SourceSpan.None, "the file: " + ex.Message);
            return null;
        }
    }
}
