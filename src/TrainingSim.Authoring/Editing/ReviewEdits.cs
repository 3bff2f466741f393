using System.Text;
using TrainingSim.Authoring.Yaml;
using TrainingSim.Core.Content;
using TrainingSim.Core.Diagnostics;
using TrainingSim.Core.Scenarios;

namespace TrainingSim.Authoring.Editing;

/// <summary>The trainer's review edits, made on the file's text so that its comments and layout stay: a reply
/// accepted as a good example of its step, a phrase added to a rubric item's <c>any:</c> or to a concept bank. The
/// edited file must load without errors through the loader (with the same content) or nothing is written; it is
/// written to a temporary file beside it and renamed over it, and only when the file on disk is still the one
/// read. Files with anchors or aliases are refused by the reader, as everywhere.</summary>
public static class ReviewEdits
{
    /// <summary>Adds <paramref name="reply"/> to the <c>examples: good:</c> of step <paramref name="stepId"/>,
    /// creating <c>examples:</c> and <c>good:</c> when absent.</summary>
    public static EditResult AcceptReply(string path, TrainingContent content, string stepId, string reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        reply = reply.Trim();
        if (reply.Length == 0)
            return EditResult.Fail(EditProblem.EmptyText, path);
        return EditScenario(path, content, stepId, (root, text) => RubricEdits.AddGoodExample(root, text, stepId, reply),
            scenario => scenario.Steps.GetValueOrDefault(stepId) is FreeTextStep step && step.Examples.Good.Any(e => e.Reply == reply));
    }

    /// <summary>Adds <paramref name="phrase"/> (in the rubric's phrase syntax) to the <c>any:</c> list of item
    /// <paramref name="itemId"/> of step <paramref name="stepId"/>.</summary>
    public static EditResult AddPhrase(string path, TrainingContent content, string stepId, string itemId, string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        ArgumentNullException.ThrowIfNull(itemId);
        phrase = phrase.Trim();
        if (phrase.Length == 0)
            return EditResult.Fail(EditProblem.EmptyText, path);
        if (itemId.StartsWith("house.", StringComparison.Ordinal))
            return EditResult.Fail(EditProblem.HouseItem, path, itemId);
        return EditScenario(path, content, stepId, (root, text) => RubricEdits.AddPhrase(root, text, stepId, itemId, phrase),
            scenario => scenario.Steps.GetValueOrDefault(stepId) is FreeTextStep step && step.Rubric.Any(i => i.Id == itemId));
    }

    /// <summary>Adds <paramref name="phrase"/> to concept bank <paramref name="concept"/> of
    /// <c>format-2/concepts/&lt;language&gt;.yaml</c> in <paramref name="contentDir"/>; the whole content folder must
    /// still load without errors.</summary>
    public static EditResult AddConceptPhrase(string contentDir, string language, string concept, string phrase)
    {
        ArgumentNullException.ThrowIfNull(contentDir);
        ArgumentNullException.ThrowIfNull(phrase);
        var path = Path.Combine(contentDir, "format-2", "concepts", language + ".yaml");
        phrase = phrase.Trim();
        if (phrase.Length == 0)
            return EditResult.Fail(EditProblem.EmptyText, path);
        if (Read(path) is not { } read)
            return Unreadable(path);
        if (read.Root is null)
            return EditResult.Fail(EditProblem.Unreadable, path, read.Problem);
        var (text, line, problem, subject) = RubricEdits.AddToConcept(read.Root, read.Text, concept, phrase);
        if (text is null)
            return EditResult.Fail(problem, path, subject);

        var bytes = Encode(text, read.Bom);
        var check = Path.Combine(Path.GetTempPath(), $"trainingsim-review-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            CopyFolder(contentDir, check);
            File.WriteAllBytes(Path.Combine(check, "format-2", "concepts", language + ".yaml"), bytes);
            var loaded = ContentLoader.Load(check);
            if (loaded.Diagnostics.FirstOrDefault(d => d.Severity == Severity.Error) is { } error)
                return EditResult.Fail(EditProblem.Invalid, path, error.ToString().Replace(check, contentDir, StringComparison.Ordinal));
        }
        finally
        {
            TryDelete(check);
        }

        return Write(path, read.Bytes, bytes, line, []);
    }

    private static EditResult EditScenario(string path, TrainingContent content, string stepId,
        Func<YamlNode, string, (string? Text, int Line, EditProblem Problem, string? Subject)> change, Func<Scenario, bool> took)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(stepId);
        if (Read(path) is not { } read)
            return Unreadable(path);
        if (read.Root is null)
            return EditResult.Fail(EditProblem.Unreadable, path, read.Problem);
        var before = ScenarioLoader.Load(read.Bytes, path, content);
        if (before.Scenario?.Steps.GetValueOrDefault(stepId) is { } found && found is not FreeTextStep)
            return EditResult.Fail(EditProblem.NotFreeText, path, stepId);

        var (text, line, problem, subject) = change(read.Root, read.Text);
        if (text is null)
            return EditResult.Fail(problem, path, subject);
        var bytes = Encode(text, read.Bom);
        var after = ScenarioLoader.Load(bytes, path, content);
        if (after.Diagnostics.FirstOrDefault(d => d.Severity == Severity.Error) is { } error)
            return EditResult.Fail(EditProblem.Invalid, path, error.ToString());
        if (after.Scenario is null || !took(after.Scenario))
            return EditResult.Fail(EditProblem.UnsupportedLayout, path, stepId);

        var old = before.Diagnostics.Where(d => d.Severity == Severity.Warning).Select(d => d.Code + d.Message).ToHashSet(StringComparer.Ordinal);
        var warnings = after.Diagnostics.Where(d => d.Severity == Severity.Warning && !old.Contains(d.Code + d.Message)).ToList();
        return Write(path, read.Bytes, bytes, line, warnings);
    }

    private sealed record FileText(byte[] Bytes, string Text, bool Bom, YamlNode? Root, string? Problem);

    private static FileText? Read(string path)
    {
        var bytes = FileBytes.Read(path, out _);
        if (bytes is null)
            return null;
        var read = SafeYamlReader.Read(bytes, path);
        var bom = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);
        var problem = read.Diagnostics.FirstOrDefault(d => d.Severity == Severity.Error)?.ToString();
        var text = read.Root is null ? "" : Encoding.UTF8.GetString(bytes.AsSpan(bom ? 3 : 0));
        return new FileText(bytes, text, bom, read.Root, problem);
    }

    private static EditResult Unreadable(string path)
    {
        FileBytes.Read(path, out var problem);
        return EditResult.Fail(EditProblem.Unreadable, path, problem?.ToString());
    }

    private static byte[] Encode(string text, bool bom)
    {
        var body = Encoding.UTF8.GetBytes(text);
        return bom ? [0xEF, 0xBB, 0xBF, .. body] : body;
    }

    /// <summary>To a temporary file beside the target, then renamed over it: the file is the old one or the new one,
    /// never half of each. Refused when the file changed since it was read (an editor saved it meanwhile).</summary>
    private static EditResult Write(string path, byte[] read, byte[] bytes, int line, IReadOnlyList<Diagnostic> warnings)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var temp = Path.Combine(folder, $".{Path.GetFileName(path)}.{Environment.ProcessId}.{Guid.NewGuid():N}.trainingsim-tmp");
        try
        {
            if (!File.ReadAllBytes(path).AsSpan().SequenceEqual(read))
                return EditResult.Fail(EditProblem.Changed, path);
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            if (!OperatingSystem.IsWindows())
                File.SetUnixFileMode(temp, File.GetUnixFileMode(path));
            File.Move(temp, path, overwrite: true);
            return new EditResult(EditProblem.None, path, Line: line, Warnings: warnings);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            return EditResult.Fail(EditProblem.WriteFailed, path, e.Message);
        }
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            if (Directory.Exists(path))
                Directory.Delete(path, recursive: true);
            else if (File.Exists(path))
                File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover temporary file or folder costs nothing; the edit's outcome is already decided.
        }
    }
}
