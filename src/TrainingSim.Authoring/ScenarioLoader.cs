using System.Security.Cryptography;
using System.Text;
using TrainingSim.Authoring.Diagnostics;
using TrainingSim.Authoring.Scenarios;
using TrainingSim.Authoring.Yaml;
using TrainingSim.Core.Content;
using TrainingSim.Core.Diagnostics;

namespace TrainingSim.Authoring;

/// <summary>Loads and validates one scenario file (format 1 or 2). Never throws for bad input: every problem is a diagnostic.</summary>
public static class ScenarioLoader
{
    public static ScenarioLoadResult LoadFile(string path, TrainingContent content)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(content);
        var bytes = FileBytes.Read(path, out var problem);
        if (bytes is null)
            return new ScenarioLoadResult { Path = path, Diagnostics = [problem!] };
        return Load(bytes, path, content);
    }

    /// <summary>Loads a scenario from text (tests, the trainers' preview). <paramref name="path"/> is used in messages.</summary>
    public static ScenarioLoadResult LoadText(string text, string path, TrainingContent content)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Load(Encoding.UTF8.GetBytes(text), path, content);
    }

    /// <summary>Loads a scenario from a file's bytes. <paramref name="path"/> is used in messages and as the source path.</summary>
    public static ScenarioLoadResult Load(ReadOnlySpan<byte> bytes, string path, TrainingContent content) =>
        Load(bytes, path, content, asFormat: null);

    /// <summary>Loads a scenario as format <paramref name="asFormat"/> whatever its <c>format:</c> says (the same YAML,
    /// scored and checked by that format's rules and content).</summary>
    public static ScenarioLoadResult Load(ReadOnlySpan<byte> bytes, string path, TrainingContent content, int? asFormat)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(content);
        var read = SafeYamlReader.Read(bytes, path);
        if (read.Root is null)
            return new ScenarioLoadResult { Path = path, Diagnostics = read.Diagnostics };

        var bag = new DiagnosticBag(path);
        var builder = new ScenarioBuilder(bag, content, asFormat);
        var scenario = builder.Build(read.Root, path, VersionHash(bytes));
        return new ScenarioLoadResult
        {
            Path = path,
            Scenario = scenario,
            Diagnostics = bag.ToSortedList(),
            IdAt = builder.IdAt,
            FormatAt = builder.FormatAt,
            ModelAt = builder.ModelAt,
        };
    }

    /// <summary>The first 16 hex digits of the SHA-256 of the file's bytes.</summary>
    public static string VersionHash(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes))[..16];
}
