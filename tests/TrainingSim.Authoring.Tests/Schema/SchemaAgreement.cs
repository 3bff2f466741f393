using TrainingSim.Authoring.Diagnostics;
using TrainingSim.Core.Diagnostics;

namespace TrainingSim.Authoring.Tests.Schema;

/// <summary>Which of the loader's diagnostics the JSON Schema must also report, and which it cannot.</summary>
internal static class SchemaAgreement
{
    /// <summary>The shape of a file: keys, types, ranges, required keys, ids, step kinds. The schema reports each of
    /// these on the same line as the loader.</summary>
    public static readonly HashSet<string> ShapeCodes =
    [
        "TS0101", "TS0102", "TS0103", "TS0104", "TS0105", "TS0106", "TS0107",
        "TS0301", "TS0302", "TS0303", "TS0307",
        "TS0401", "TS0402", "TS0405",
    ];

    /// <summary>Found by the YAML reader before any schema question arises (the editor's YAML parser reports them too):
    /// syntax, encoding, size, anchors, tags, documents, duplicate keys (a duplicate step id is one).</summary>
    public static readonly HashSet<string> YamlCodes =
    [
        "TS0001", "TS0002", "TS0003", "TS0004", "TS0005", "TS0006", "TS0007", "TS0008", "TS0009", "TS0010", "TS0011", "TS0012",
        "TS0202",
    ];

    /// <summary>Only `trainingsim validate` finds these: they need other files, the whole step graph, the scoring engine,
    /// or a rule JSON Schema draft-07 cannot state.</summary>
    public static readonly Dictionary<string, string> ValidateOnlyCodes = new()
    {
        ["TS0201"] = "duplicate scenario id: across files",
        ["TS0203"] = "duplicate rubric item id: uniqueness of a property across list items",
        ["TS0204"] = "unknown step: a reference to another key of the file",
        ["TS0205"] = "unknown skill: content/skills.yaml",
        ["TS0206"] = "unknown phrase bank: content/phrasebanks/ or content/format-2/concepts/",
        ["TS0207"] = "unknown module: content/modules/",
        ["TS0208"] = "duplicate module: uniqueness of a property across list items",
        ["TS0209"] = "unknown scenario: the library",
        ["TS0210"] = "scenario of another module: the library",
        ["TS0211"] = "duplicate course plan id: across files",
        ["TS0212"] = "day out of order: an order between list items",
        ["TS0213"] = "exam played twice: across the plan's entries",
        ["TS0214"] = "scenario or module of another language: the library and content/modules/",
        ["TS0304"] = "branch list without a default: draft-07 cannot address a list's last item",
        ["TS0305"] = "default branch not last: as TS0304",
        ["TS0306"] = "no end reachable: the step graph",
        ["TS0403"] = "invalid regular expression: .NET regex syntax",
        ["TS0404"] = "phrase that can never match: the tokenizer",
        ["TS0501"] = "condition does not parse: the condition grammar",
        ["TS0502"] = "condition names unknown item: the step's items and the house rubric",
        ["TS0601"] = "test replies do not fit the path: the step graph",
        ["TS0602"] = "test expectation can never hold: the step graph",
        ["TS0701"] = "content missing: the content folder",
        ["TS0901"] = "warning, unreachable step: the step graph",
        ["TS0902"] = "warning, model answer below full score: the scoring engine",
        ["TS0903"] = "warning, no positive rubric item: the house rubric is added",
        ["TS0904"] = "warning, no text rules for the language: content/format-2/text/",
        ["TS0905"] = "warning, item earned by no good example: the scoring engine",
        ["TS0906"] = "warning, regex that needs the backtracking engine: .NET regex syntax",
        ["TS0907"] = "warning, scenario without a teaches line: the library",
        ["TS0908"] = "warning, module misses difficulties: the library",
        ["TS0909"] = "warning, module without scenarios: the library",
        ["TS1001"] = "note, what format 2 would change: the scoring engine",
    };

    /// <summary>The loader's shape diagnostics for a file that the schema finds nothing about on their line: empty when
    /// the two agree. A schema error matches a diagnostic on the line of its value or key, or of a key directly inside
    /// it (the loader names a step's second kind at that key; the schema, the step).</summary>
    public static List<Diagnostic> Unmatched(IEnumerable<Diagnostic> diagnostics, YamlJson json, IReadOnlyList<SchemaError> errors)
    {
        var lines = ReportedLines(json, errors);
        return diagnostics.Where(d => ShapeCodes.Contains(d.Code) && !lines.Contains(d.Span.Line + 1)).ToList();
    }

    /// <summary>The 1-based lines the schema's errors are about.</summary>
    public static HashSet<int> ReportedLines(YamlJson json, IReadOnlyList<SchemaError> errors)
    {
        var lines = new HashSet<int>();
        foreach (var error in errors)
        {
            foreach (var pointer in json.ChildrenOf(error.Pointer).Prepend(error.Pointer))
            {
                if (json.LinesOf(pointer) is { } at)
                {
                    lines.Add(at.KeyLine);
                    if (pointer == error.Pointer)
                        lines.Add(at.ValueLine);
                }
            }
        }

        return lines;
    }

    public static bool IsYamlLevel(Diagnostic diagnostic) => YamlCodes.Contains(diagnostic.Code);

    public static bool IsShape(Diagnostic diagnostic) => ShapeCodes.Contains(diagnostic.Code);
}
