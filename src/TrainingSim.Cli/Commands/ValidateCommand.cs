using System.CommandLine;
using System.Text.Json;
using TrainingSim.Authoring;
using TrainingSim.Cli.Library;
using TrainingSim.Core.Diagnostics;

namespace TrainingSim.Cli.Commands;

/// <summary><c>validate [PATH...] [--strict] [--format text|json]</c>: checks scenarios and content. Text: one
/// diagnostic a line in file order, each format-1 scenario's notes on format 2 among its file's lines, then
/// <c>N files, N errors, N warnings</c> (notes are not counted). Exit 1 when there are errors (warnings too with
/// <c>--strict</c>, which turns them into errors).</summary>
public sealed class ValidateCommand : ICliCommand
{
    public Command Create(CliHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var paths = new Argument<string[]>("PATH")
        {
            Description = host.Text["HelpPaths"],
            Arity = ArgumentArity.ZeroOrMore,
        };
        var strict = new Option<bool>("--strict") { Description = host.Text["HelpStrict"] };
        var format = OutputFormat.Option(host.Text, "text", "json");
        var command = new Command("validate", host.Text["HelpValidate"]) { paths, strict, format };
        command.SetAction(parse => Run(
            host.Context(parse), parse.GetValue(paths) ?? [], parse.GetValue(strict), parse.GetValue(format) ?? "text"));
        return command;
    }

    private static int Run(CliContext context, string[] paths, bool strict, string format)
    {
        var library = LibraryLoading.Load(context, paths);
        var diagnostics = library.Diagnostics
            .Select(context.Diagnostics.Word)
            .Select(d => strict && d.Severity == Severity.Warning ? d with { Severity = Severity.Error } : d)
            .ToList();
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count - errors;
        var summary = $"{library.FileCount} files, {errors} errors, {warnings} warnings";
        // Per scenario file, in the same order.
        var notes = library.Scenarios.Files.Select(file => FormatPreview.Notes(file, library.Content.Content).Select(context.Diagnostics.Word).ToList())
            .ToList<IReadOnlyList<Diagnostic>>();

        if (format == "json")
        {
            context.Out.WriteLine(Json(library, diagnostics, notes, errors, warnings));
        }
        else
        {
            foreach (var diagnostic in InFileOrder(library, diagnostics, notes))
                context.Out.WriteLine(diagnostic.ToString());
            context.Out.WriteLine(summary);
        }

        return errors > 0 ? ExitCodes.Problem : ExitCodes.Success;
    }

    /// <summary>The content's diagnostics, then each scenario file's diagnostics and notes by their place in the file, then
    /// the curriculum's
    /// (<paramref name="diagnostics"/> holds the same diagnostics as the library, in the same order, maybe made strict).</summary>
    private static IEnumerable<Diagnostic> InFileOrder(
        LoadedLibrary library, List<Diagnostic> diagnostics, List<IReadOnlyList<Diagnostic>> notes)
    {
        var next = 0;
        foreach (var diagnostic in diagnostics.Take(library.Content.Diagnostics.Count))
        {
            next++;
            yield return diagnostic;
        }

        for (var i = 0; i < notes.Count; i++)
        {
            var own = diagnostics.Skip(next).Take(library.Scenarios.Files[i].Diagnostics.Count).ToList();
            next += own.Count;
            foreach (var diagnostic in own.Concat(notes[i]).OrderBy(d => d.Span.Line).ThenBy(d => d.Span.Column))
                yield return diagnostic;
        }

        foreach (var diagnostic in diagnostics.Skip(next))
            yield return diagnostic;
    }

    private static string Json(LoadedLibrary library, List<Diagnostic> diagnostics,
        List<IReadOnlyList<Diagnostic>> notes, int errors, int warnings) =>
        JsonText.Write(json =>
        {
            json.WriteStartObject();
            json.WriteStartArray("files");
            foreach (var file in library.Files)
                json.WriteStringValue(file);
            json.WriteEndArray();
            json.WriteStartArray("diagnostics");
            foreach (var diagnostic in diagnostics)
                WriteDiagnostic(json, diagnostic);
            json.WriteEndArray();
            json.WriteStartObject("counts");
            json.WriteNumber("files", library.FileCount);
            json.WriteNumber("errors", errors);
            json.WriteNumber("warnings", warnings);
            json.WriteEndObject();
            json.WriteStartArray("scenarios");
            foreach (var file in library.Scenarios.Files)
            {
                json.WriteStartObject();
                json.WriteString("path", file.Path);
                if (file.Format is { } number)
                    json.WriteNumber("format", number);
                else
                    json.WriteNull("format");
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("notes");
            foreach (var note in notes.SelectMany(fileNotes => fileNotes))
                WriteDiagnostic(json, note);
            json.WriteEndArray();
            json.WriteEndObject();
        });

    private static void WriteDiagnostic(Utf8JsonWriter json, Diagnostic diagnostic)
    {
        json.WriteStartObject();
        json.WriteString("path", diagnostic.Path);
        json.WriteNumber("line", diagnostic.Span.Line + 1);
        json.WriteNumber("column", diagnostic.Span.Column + 1);
        json.WriteNumber("end_line", diagnostic.Span.EndLine + 1);
        json.WriteNumber("end_column", diagnostic.Span.EndColumn + 1);
        json.WriteString("severity", diagnostic.SeverityName);
        json.WriteString("code", diagnostic.Code);
        json.WriteString("message", diagnostic.Message);
        json.WriteEndObject();
    }
}
